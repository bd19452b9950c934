import type { PatternRule } from '../../index.js';
import { keyedSecret } from './keyed.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';

/**
 * Bitrise personal and workspace access tokens have no published prefix; they are long URL-safe strings. The
 * rule needs `bitrise` and a key-ish word before the assignment and a base64 entropy floor.
 */
export const bitriseAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'bitrise-access-token',
  title: 'Bitrise access token',
  category: 'secret',
  severity: 'error',
  description: 'A long random value assigned to a Bitrise token setting: a personal or workspace API access token that can read and trigger builds and change app settings.',
  remediation:
    'Delete the token in Bitrise (Account settings > Security, or the workspace API tokens) and store a new one with an expiry in the calling system\'s secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  keywords: ['bitrise'],
  ...keyedSecret({ names: 'bitrise', keys: 'token|secret|api[_-]?key|auth', value: '[A-Za-z0-9_-]{60,120}', after: /[\w-]/, spaces: true }),
  entropy: 3.5,
  examples: () => ({
    match: [`BITRISE_TOKEN=${fakeChars(BASE64URL, 86, 'env')}`, `bitrise workspace api token: ${fakeChars(BASE64URL, 64, 'prose')}`],
    noMatch: [`TOKEN=${fakeChars(BASE64URL, 86, 'plain')}`, 'BITRISE_TOKEN=too_short'],
  }),
};
