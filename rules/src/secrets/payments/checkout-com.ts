import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';

/**
 * Checkout.com secret keys: `sk_` + 26-27 lowercase base32 characters (current accounts; sandbox `sk_sbox_`,
 * left out) or `sk_` + a UUID (older accounts; test `sk_test_`, left out). `sk_` is shared with many
 * providers, so the rule runs near "checkout" or "cko" (the SDKs' environment prefix).
 */

const uuid = (salt: string) => {
  const h = fakeChars(HEX, 32, salt);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

export const checkoutComSecretKey: PatternRule = {
  kind: 'pattern',
  id: 'checkout-com-secret-key',
  title: 'Checkout.com live secret key',
  category: 'secret',
  severity: 'error',
  description: 'A Checkout.com live secret key; it requests and captures payments, issues refunds and payouts, and reads payment data.',
  remediation:
    'Delete the key in the Checkout.com Dashboard (Developers > Keys) and create a new one with only the scopes the service needs, then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until deleted',
  replacement: 'OAuth client credentials (access tokens expire after 1 hour)',
  keywords: ['checkout', 'cko'],
  linesAround: 2,
  pattern: /\b(sk_(?:[a-z2-7]{26,27}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))\b/,
  entropy: 3,
  prefix: 'sk_',
  examples: () => ({
    match: [`CHECKOUT_SECRET_KEY=sk_${uuid('a')}`, `CKO_SECRET_KEY=sk_${fakeChars('abcdefghijklmnopqrstuvwxyz234567', 27, 'b')}`],
    noMatch: [`CKO_SECRET_KEY=sk_sbox_${fakeChars('abcdefghijklmnopqrstuvwxyz234567', 27, 'c')}`, `CHECKOUT_SECRET_KEY=sk_${uuid('d').slice(0, 35)}`],
  }),
};
