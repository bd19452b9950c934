import type { PatternRule } from '../../index.js';
import { HEX, LOWER_ALNUM, fakeChars } from '../testing/fake.js';
import { assignedTo, textBefore } from '../messaging/context.js';

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
  examples: () => ({
    match: [`BRAINTREE_ACCESS_TOKEN=${token('a')}`, `gateway = braintree.BraintreeGateway(access_token="${token('b')}")`],
    noMatch: [
      `BRAINTREE_ACCESS_TOKEN=access_token$sandbox$${fakeChars(LOWER_ALNUM, 16, 'c')}$${fakeChars(HEX, 32, 'c')}`,
      'BRAINTREE_ACCESS_TOKEN=access_token$production$<merchant_id>$<token>',
    ],
  }),
};

/**
 * Braintree gateway API keys: a merchant id and a public key (16 lowercase alphanumerics each, identifiers) and a
 * private key of 32 lowercase hex with no prefix, which counts only when assigned to a Braintree key name.
 */
const isBraintree = assignedTo('braintree|bt_private', { keyish: true });

export const braintreePrivateKey: PatternRule = {
  kind: 'pattern',
  id: 'braintree-private-key',
  title: 'Braintree API private key',
  category: 'secret',
  severity: 'error',
  description: 'A Braintree gateway API private key; with the merchant id and public key it creates transactions, refunds and vaulted payment methods.',
  remediation:
    'Create a new API key in the Braintree Control Panel (Settings > API > Generate new API key), delete the old one, and load the private key from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until the API key is deleted',
  keywords: ['braintree', 'bt_private'],
  linesAround: 3,
  pattern: /\b([0-9a-f]{32})\b/,
  entropy: 3,
  validate: (_s, ctx) => {
    // the public key and merchant id are identifiers; only the private key's own line decides
    return isBraintree(ctx) && !/public|merchant/i.test(textBefore(ctx, 0, 80)) ? true : 'not assigned to a Braintree private key name';
  },
  examples: () => ({
    match: [
      `BRAINTREE_MERCHANT_ID=${fakeChars(LOWER_ALNUM, 16, 'd')}\nBRAINTREE_PUBLIC_KEY=${fakeChars(LOWER_ALNUM, 16, 'e')}\nBRAINTREE_PRIVATE_KEY=${fakeChars(HEX, 32, 'f')}`,
      `braintree:\n  environment: production\n  private_key: ${fakeChars(HEX, 32, 'h')}`,
      `braintreePrivateKey := "${fakeChars(HEX, 32, 'k')}"`,
    ],
    noMatch: [`BRAINTREE_MERCHANT_ID=${fakeChars(HEX, 32, 'i')}`, `# braintree webhook\nrequest_id = "${fakeChars(HEX, 32, 'j')}"`],
  }),
};
