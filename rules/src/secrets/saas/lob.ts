import type { PatternRule } from '../../rule.js';
import { fakeChars, HEX } from '../testing/fake.js';
import { precededBy } from './context.js';

/**
 * Lob secret API keys are `live_` or `test_` + 35 hex digits. Those prefixes are shared with other providers, so
 * a Lob name must be on the line. `live_pub_` / `test_pub_` publishable keys are not reported.
 */
export const lobApiKey: PatternRule = {
  kind: 'pattern',
  id: 'lob-api-key',
  title: 'Lob secret API key',
  category: 'secret',
  severity: 'error',
  description: 'A Lob secret API key; live keys send letters, postcards and checks billed to the account and read recipients\' addresses, test keys reach test mode.',
  remediation:
    'Roll the key under Settings > API Keys in the Lob dashboard, and read the new one from LOB_API_KEY in the environment or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until rolled',
  keywords: ['lob'],
  pattern: /\b((?:live|test)_[a-f0-9]{35})\b/,
  entropy: 3,
  // `lob`, `Lob`, `LOB` as a word or a camelCase part, not inside `global`, `blob` or `lobby`
  validate: precededBy({ names: /(?:^|[^A-Za-z])(?:lob|Lob|LOB)(?:[^a-z]|$)/ }),
  examples: () => ({
    match: [`LOB_API_KEY=live_${fakeChars(HEX, 35, 'env')}`, `const lob = new Lob({ apiKey: 'test_${fakeChars(HEX, 35, 'js')}' });`],
    noMatch: [`LOB_PUBLISHABLE_KEY=live_pub_${fakeChars(HEX, 31, 'pub')}`, `ADYEN_KEY=test_${fakeChars(HEX, 35, 'adyen')}`],
  }),
};
