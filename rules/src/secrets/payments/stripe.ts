import type { MatchContext, PatternRule } from '../../index.js';
import { sha256Hex } from '../../util/hash.js';
import { ALNUM, fake, fakeChars } from '../testing/fake.js';
import { textBefore } from '../messaging/context.js';

/**
 * Stripe secret (`sk_`) and restricted (`rk_`) keys: mode (`live_` / `test_`) and up to ~250 alphanumerics
 * (24 in older keys, 99+ in current ones). Publishable keys (`pk_`) are meant for browsers and are not secrets.
 * Other providers reuse the prefix: Paystack (`sk_live_` + 40 lowercase hex, its own rule), WorkOS and Highnote
 * (`sk_live_` + base64 of `key_…`, which always starts `a2V5X`), and Clerk and Apideck (plain base62 like
 * Stripe's, told apart only by the provider's name nearby).
 */

/**
 * SHA-256 of the test keys printed in Stripe's own API reference (current and earlier editions); they appear in
 * countless tutorials. Kept as digests so that no key-shaped literal sits in the source.
 */
const STRIPE_DOC_KEYS = new Set([
  '2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326',
  'f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397',
  '7e8de44ea9ecf6d53415c90f5b249a8591f7abafbf7d65a2c0d855afeca3ec09',
]);

function stripeBody(key: string, ctx: MatchContext): true | string {
  const body = key.slice(8);
  if (/^[0-9a-f]{40}$/.test(body)) return 'Paystack key format (40 lowercase hex), not Stripe';
  if (body.startsWith('a2V5X')) return 'WorkOS / Highnote key format (base64 of key_), not Stripe';
  // Stripe keys are plain base62; a `-` right after means the match is the head of some other token
  if (ctx.text[ctx.secretStart + key.length] === '-') return 'part of a longer token';
  if (/clerk|apideck/i.test(textBefore(ctx, 1, 160))) return 'named as another provider that shares the prefix (Clerk, Apideck)';
  if (key.startsWith('sk_test_') && STRIPE_DOC_KEYS.has(sha256Hex(key))) return 'documented example value';
  // real keys are random base62: at least two of digits, upper and lower case
  const classes = +/[0-9]/.test(body) + +/[A-Z]/.test(body) + +/[a-z]/.test(body);
  return classes >= 2 ? true : 'body is not random';
}

const REMEDIATION =
  'Roll the key in the Stripe Dashboard (Developers > API keys > Roll key), then load it from an environment variable or a secret manager; prefer a restricted key (rk_) with only the permissions the service needs.';

export const stripeLiveSecretKey: PatternRule = {
  kind: 'pattern',
  id: 'stripe-live-secret-key',
  title: 'Stripe live secret or restricted key',
  category: 'secret',
  severity: 'error',
  description: 'A Stripe live-mode secret key (sk_live_) or restricted key (rk_live_); it moves real money: charges, refunds, payouts and customer data.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'valid until rolled or deleted',
  replacement: 'restricted keys (rk_live_) scoped per service; Stripe Connect OAuth for platforms',
  keywords: ['sk_live_', 'rk_live_'],
  pattern: /\b([rs]k_live_[A-Za-z0-9]{20,247})\b/,
  entropy: 3.5,
  validate: stripeBody,
  describe: (key) => (key.startsWith('rk_') ? 'restricted key' : undefined),
  prefix: 'sk_live_',
  examples: () => ({
    match: [
      `STRIPE_SECRET_KEY=${fake('sk_live_51', ALNUM, 97, 'a')}`,
      `Stripe.api_key = "${fake('rk_live_', ALNUM, 24, 'b')}"`,
      `const stripe = require('stripe')('${fake('sk_live_', ALNUM, 99, 'c')}');`,
    ],
    noMatch: [
      `STRIPE_PUBLISHABLE_KEY=${fake('pk_live_', ALNUM, 99, 'd')}`,
      'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      `PAYSTACK_SECRET_KEY=sk_live_${fakeChars('0123456789abcdef', 40, 'e')}`,
      `CLERK_SECRET_KEY=${fake('sk_live_', ALNUM, 42, 'clerk')}`,
    ],
  }),
};

export const stripeTestSecretKey: PatternRule = {
  kind: 'pattern',
  id: 'stripe-test-secret-key',
  title: 'Stripe test-mode secret or restricted key',
  category: 'secret',
  severity: 'warning',
  description: 'A Stripe test-mode secret or restricted key (sk_test_, rk_test_); it cannot move real money but reads and changes all test-mode data of the account.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'valid until rolled or deleted',
  keywords: ['sk_test_', 'rk_test_'],
  pattern: /\b([rs]k_test_[A-Za-z0-9]{20,247})\b/,
  entropy: 3.5,
  validate: stripeBody,
  prefix: 'sk_test_',
  examples: () => ({
    match: [`STRIPE_SECRET_KEY=${fake('sk_test_51', ALNUM, 97, 'f')}`, `stripe:\n  secret_key: ${fake('sk_test_', ALNUM, 24, 'g')}`],
    noMatch: [`Stripe.api_key = "sk_test_${'BQokikJOvBiI2HlWgH4olfQ2'}"`, 'STRIPE_SECRET_KEY=sk_test_your_secret_key_here', `STRIPE_KEY=${fake('pk_test_', ALNUM, 99, 'h')}`],
  }),
};

export const stripeWebhookSecret: PatternRule = {
  kind: 'pattern',
  id: 'stripe-webhook-secret',
  title: 'Stripe (or Svix) webhook signing secret',
  category: 'secret',
  severity: 'warning',
  description: 'A webhook endpoint signing secret (whsec_, issued by Stripe and by Svix-based services); with it anyone can forge events the endpoint will trust, such as "payment succeeded".',
  remediation:
    'Roll the endpoint secret (Stripe Dashboard > Developers > Webhooks > Roll secret, or the sending service\'s webhook settings), then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until rolled',
  keywords: ['whsec_'],
  pattern: /\b(whsec_[A-Za-z0-9+/]{32,88}={0,2})/,
  entropy: 3.5,
  prefix: 'whsec_',
  examples: () => ({
    match: [`STRIPE_WEBHOOK_SECRET=${fake('whsec_', ALNUM, 32, 'i')}`, `endpoint_secret = '${fake('whsec_', ALNUM + '+/', 43, 'j')}='`],
    noMatch: ['STRIPE_WEBHOOK_SECRET=whsec_...', 'STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
};
