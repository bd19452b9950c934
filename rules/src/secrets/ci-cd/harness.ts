import type { PatternRule } from '../../index.js';
import { ALNUM, BASE64URL, HEX, fakeChars } from '../testing/fake.js';

/** Harness API tokens: `pat.` or `sat.`, the 22-character account id, a 24-hex token id and a 20-character secret. */
export const harnessApiToken: PatternRule = {
  kind: 'pattern',
  id: 'harness-api-token',
  title: 'Harness API token',
  category: 'secret',
  severity: 'error',
  description: 'A Harness personal (pat.) or service account (sat.) API token, acting on the account with the roles of its owner.',
  remediation:
    'Delete the token in Harness (My profile > My API keys, or the service account\'s API keys) and use a short expiry on the replacement, stored in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiration was set',
  keywords: ['pat.', 'sat.'],
  pattern: /\b((?:pat|sat)\.[A-Za-z0-9_-]{22}\.[0-9a-f]{24}\.[A-Za-z0-9]{20})\b/,
  entropy: 3.5,
  describe: (t) => (t.startsWith('sat.') ? 'service account token' : 'personal access token'),
  prefix: 'pat.',
  examples: () => ({
    match: [
      `HARNESS_API_KEY="pat.${fakeChars(BASE64URL, 22, 'a')}.${fakeChars(HEX, 24, 'b')}.${fakeChars(ALNUM, 20, 'c')}"`,
      `x-api-key: sat.${fakeChars(BASE64URL, 22, 'd')}.${fakeChars(HEX, 24, 'e')}.${fakeChars(ALNUM, 20, 'f')}`,
    ],
    noMatch: [`harness token = 'pat.${fakeChars(BASE64URL, 22, 'g')}.${fakeChars(HEX, 24, 'h')}.${fakeChars(ALNUM, 17, 'i')}'`, 'apiKey: pat.<account>.<id>.<secret>'],
  }),
};
