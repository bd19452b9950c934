import type { PatternRule } from '../../rule.js';
import { fakeChars, HEX } from '../testing/fake.js';

/** Shippo API tokens: `shippo_live_` or `shippo_test_` + 40 lower-case hex digits. */
export const shippoApiToken: PatternRule = {
  kind: 'pattern',
  id: 'shippo-api-token',
  title: 'Shippo API token',
  category: 'secret',
  severity: 'error',
  description: 'A Shippo API token; live tokens buy shipping labels charged to the account and read customer addresses, test tokens reach test mode.',
  remediation:
    'Regenerate the token under Settings > API in the Shippo dashboard, and read the new one from SHIPPO_API_KEY in the environment or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until regenerated',
  keywords: ['shippo_live_', 'shippo_test_'],
  pattern: /\b(shippo_(?:live|test)_[a-f0-9]{40})\b/,
  entropy: 3,
  describe: (token) => (token.startsWith('shippo_test_') ? 'test-mode token' : 'live token'),
  prefix: 'shippo_',
  examples: () => ({
    match: [`SHIPPO_API_KEY=shippo_live_${fakeChars(HEX, 40, 'env')}`, `shippo.config.api_key = "shippo_test_${fakeChars(HEX, 40, 'py')}"`],
    noMatch: ['shippo_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'SHIPPO_API_KEY=shippo_live_1234', 'shippo_test_'],
  }),
};
