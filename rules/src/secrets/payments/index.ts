import type { Rule } from '../../rule.js';
import { adyenApiKey } from './adyen.js';
import { braintreeAccessToken, braintreePrivateKey } from './braintree.js';
import { checkoutComSecretKey } from './checkout-com.js';
import { coinbaseApiSecret } from './coinbase.js';
import { flutterwaveSecretKey } from './flutterwave.js';
import { gocardlessAccessToken } from './gocardless.js';
import { klarnaApiKey } from './klarna.js';
import { lemonSqueezyApiKey } from './lemon-squeezy.js';
import { mollieApiKey } from './mollie.js';
import { paypalClientSecret } from './paypal.js';
import { paystackSecretKey } from './paystack.js';
import { plaidAccessToken, plaidSecret } from './plaid.js';
import { razorpayKeySecret } from './razorpay.js';
import { rampClientSecret } from './ramp.js';
import { shopifyAccessToken, shopifyAppSecret } from './shopify.js';
import { squareAccessToken, squareApplicationSecret } from './square.js';
import { stripeLiveSecretKey, stripeTestSecretKey, stripeWebhookSecret } from './stripe.js';

/** Prefixed formats first (Paystack before Stripe: same prefix, narrower body), keyword-context formats last. */
export const paymentsRules: Rule[] = [
  rampClientSecret,
  paystackSecretKey,
  stripeLiveSecretKey,
  stripeTestSecretKey,
  stripeWebhookSecret,
  squareAccessToken,
  squareApplicationSecret,
  braintreeAccessToken,
  adyenApiKey,
  shopifyAccessToken,
  shopifyAppSecret,
  plaidAccessToken,
  flutterwaveSecretKey,
  klarnaApiKey,
  gocardlessAccessToken,
  mollieApiKey,
  checkoutComSecretKey,
  razorpayKeySecret,
  paypalClientSecret,
  coinbaseApiSecret,
  plaidSecret,
  braintreePrivateKey,
  lemonSqueezyApiKey,
];
