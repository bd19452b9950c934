import type { PatternRule } from '../../rule.js';
import { fakeChars } from '../testing/fake.js';

/**
 * Dynatrace tokens are `dt0<type><version>.<24-character public id>.<64-character secret>` in upper-case letters and
 * digits (dt0c01 API and PaaS tokens, dt0s01/dt0s02 OAuth client ids and secrets, dt0s16 platform tokens).
 */
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const token = (kind: string, salt: string) => `dt0${kind}.${fakeChars(UPPER_ALNUM, 24, `id${salt}`)}.${fakeChars(UPPER_ALNUM, 64, `s${salt}`)}`;

export const dynatraceToken: PatternRule = {
  kind: 'pattern',
  id: 'dynatrace-token',
  title: 'Dynatrace API token',
  category: 'secret',
  severity: 'error',
  description: 'A Dynatrace access token (dt0c01. and related); depending on its scopes it ingests data, reads monitoring data or changes the environment\'s configuration.',
  remediation:
    'Revoke the token under Access Tokens in Dynatrace, issue one with only the scopes needed and an expiry date, and keep it in a secret manager; for platform APIs prefer OAuth clients that mint short-lived bearer tokens.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiration date was set',
  replacement: 'Dynatrace OAuth client credentials, which issue bearer tokens valid for minutes',
  keywords: ['dt0'],
  pattern: /\b(dt0[a-z][0-9]{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64})\b/,
  entropy: 4,
  prefix: 'dt0c01.',
  examples: () => ({
    match: [
      `DT_API_TOKEN=${token('c01', 'env')}`,
      `apiVersion: v1\nkind: Secret\nstringData:\n  apiToken: ${token('c01', 'k8s')}`,
      `client_secret = "${token('s02', 'tf')}"`,
    ],
    noMatch: [
      `DT_API_TOKEN=dt0c01.${fakeChars(UPPER_ALNUM, 24, 'a')}.${'X'.repeat(64)}`,
      `DT_API_TOKEN=dt0c01.${fakeChars(UPPER_ALNUM, 24, 'b')}.${fakeChars(UPPER_ALNUM, 40, 'c')}`,
    ],
  }),
};
