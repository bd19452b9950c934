import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';

/**
 * Paystack secret keys share Stripe's `sk_live_` prefix but carry 40 lowercase hex characters; the Stripe rule
 * skips that shape. Test keys (`sk_test_`) are left out: they move no money.
 */

export const paystackSecretKey: PatternRule = {
  kind: 'pattern',
  id: 'paystack-secret-key',
  title: 'Paystack live secret key',
  category: 'secret',
  severity: 'error',
  description: 'A Paystack live secret key; it initialises and verifies charges, makes transfers and refunds, and reads customer data.',
  remediation:
    'Generate new API keys in the Paystack Dashboard (Settings > API Keys & Webhooks), then load the secret key from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until regenerated',
  keywords: ['sk_live_'],
  pattern: /\b(sk_live_[0-9a-f]{40})\b/,
  entropy: 3,
  prefix: 'sk_live_',
  examples: () => ({
    match: [`PAYSTACK_SECRET_KEY=sk_live_${fakeChars(HEX, 40, 'a')}`, `headers: { Authorization: "Bearer sk_live_${fakeChars(HEX, 40, 'b')}" }`],
    noMatch: [`PAYSTACK_SECRET_KEY=sk_test_${fakeChars(HEX, 40, 'c')}`, 'PAYSTACK_SECRET_KEY=sk_live_0000000000000000000000000000000000000000'],
  }),
};
