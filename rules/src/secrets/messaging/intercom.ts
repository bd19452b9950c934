import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';
import { decodeBase64 } from './context.js';

/**
 * Intercom access tokens are base64 of `tok:<id>:<n>:<n>`, so every token begins with `dG9rO` (base64 of
 * "tok:"); that marker is the keyword, and the value must decode back to `tok:`.
 */

const token = (salt: string) => {
  const h = fakeChars(HEX, 32, salt);
  return btoa(`tok:${h.slice(0, 8)}_${h.slice(8, 12)}_${h.slice(12, 16)}_${h.slice(16, 20)}_${h.slice(20)}:1:0`);
};

export const intercomAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'intercom-access-token',
  title: 'Intercom access token',
  category: 'secret',
  severity: 'error',
  description: 'An Intercom access token; it reads and changes conversations, contacts and their personal data in the workspace.',
  remediation:
    'Regenerate the token in the Intercom Developer Hub (your app > Authentication), then load it from an environment variable or a secret manager; public apps should use OAuth tokens per workspace.',
  lifetime: 'static',
  lifetimeDetail: 'valid until regenerated',
  keywords: ['dg9ro'],
  pattern: /\b(dG9rO[A-Za-z0-9+/]{40,80}={0,2})/,
  validate: (secret) => {
    const text = decodeBase64(secret);
    return text !== undefined && text.startsWith('tok:') && text.length >= 30 ? true : 'does not decode to an Intercom token';
  },
  prefix: 'dG9r',
  examples: () => ({
    match: [`INTERCOM_ACCESS_TOKEN=${token('a')}`, `client = Intercom::Client.new(token: '${token('b')}')`],
    noMatch: ['INTERCOM_ACCESS_TOKEN=dG9rOjxYT1VSX1RPS0VOPg==', 'INTERCOM_ACCESS_TOKEN=<your access token>'],
  }),
};
