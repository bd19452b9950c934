import type { PatternRule } from '../../index.js';
import { HEX, LOWER_ALNUM, fakeChars } from '../testing/fake.js';

/**
 * PayPal Braintree access tokens (used by the Braintree SDKs for PayPal Checkout):
 * `access_token$production$<16 merchant id chars>$<32 hex>`. Sandbox tokens are left out: they reach no money.
 */

const token = (salt: string) => `access_token$production$${fakeChars(LOWER_ALNUM, 16, salt)}$${fakeChars(HEX, 32, salt)}`;

export const braintreeAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'braintree-access-token',
  title: 'PayPal Braintree production access token',
  category: 'secret',
  severity: 'error',
  description: 'A PayPal Braintree production access token; it creates transactions and refunds on the merchant account.',
  remediation:
    'Revoke the access token (PayPal developer dashboard > the app, or the Braintree control panel), issue a new one, and load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until revoked',
  keywords: ['access_token$production$'],
  pattern: /\b(access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})\b/,
  entropy: 3,
  prefix: 'access_token$production$',
  examples: {
    match: [`BRAINTREE_ACCESS_TOKEN=${token('a')}`, `gateway = braintree.BraintreeGateway(access_token="${token('b')}")`],
    noMatch: [
      `BRAINTREE_ACCESS_TOKEN=access_token$sandbox$${fakeChars(LOWER_ALNUM, 16, 'c')}$${fakeChars(HEX, 32, 'c')}`,
      'BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant_id>$<token>',
    ],
  },
};
