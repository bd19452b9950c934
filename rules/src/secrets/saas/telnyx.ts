import type { PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';

/**
 * Telnyx API v2 keys: `KEY` + 32 upper-case hex digits + `_` + 22 alphanumerics. `KEY` alone would make every line
 * with the word "key" a candidate, so the rule runs on lines that mention Telnyx.
 */
export const telnyxApiKey: PatternRule = {
  kind: 'pattern',
  id: 'telnyx-api-key',
  title: 'Telnyx API key',
  category: 'secret',
  severity: 'error',
  description: 'A Telnyx API v2 key; it places calls and sends messages billed to the account, buys numbers and reads call and message records.',
  remediation:
    'Delete the key under Auth > API Keys in the Telnyx portal, create a new one, and read it from TELNYX_API_KEY in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['telnyx'],
  pattern: /\b(KEY[0-9A-F]{32}_[A-Za-z0-9]{22})\b/,
  entropy: 3.5,
  prefix: 'KEY',
  examples: () => ({
    match: [`TELNYX_API_KEY=KEY${fakeChars('0123456789ABCDEF', 32, 'env')}_${fakeChars(ALNUM, 22, 'a')}`, `telnyx.api_key = "KEY${fakeChars('0123456789ABCDEF', 32, 'py')}_${fakeChars(ALNUM, 22, 'b')}"`],
    noMatch: ['TELNYX_API_KEY=KEY_short', `TELNYX_API_KEY=KEY${'x'.repeat(54)}`],
  }),
};
