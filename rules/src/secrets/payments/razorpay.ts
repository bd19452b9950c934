import type { PatternRule } from '../../index.js';
import { ALNUM, fake, fakeChars } from '../testing/fake.js';
import { assignedTo, textBefore } from '../messaging/context.js';

/**
 * Razorpay API keys are a public key id (`rzp_live_` / `rzp_test_` + 14) and a 24-character key secret. The
 * id alone is safe to ship in checkout pages; the secret is what matters. It counts when it follows its key id
 * (`auth=("rzp_live_…", "…")`, `rzp_live_…:…` basic auth) or is assigned to a Razorpay secret name.
 */

const isRazorpay = assignedTo('razorpay|rzp');
/** The secret right after its key id: `("rzp_live_…", "…")`, `rzp_live_…:…` (basic auth). */
const KEY_ID_BEFORE = /\brzp_(?:live|test)_[A-Za-z0-9]{14}["']?[ \t]{0,3}[,:][ \t]{0,3}["']?$/;

export const razorpayKeySecret: PatternRule = {
  kind: 'pattern',
  id: 'razorpay-key-secret',
  title: 'Razorpay API key secret',
  category: 'secret',
  severity: 'error',
  description: 'A Razorpay API key secret; with its key id it creates orders, captures and refunds payments and reads settlements.',
  remediation:
    'Regenerate the API key in the Razorpay Dashboard (Account & Settings > API Keys), then load the secret from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until regenerated',
  keywords: ['razorpay', 'rzp_'],
  linesAround: 3,
  pattern: /\b([A-Za-z0-9]{24})\b/,
  entropy: 3.5,
  validate: (_secret, ctx) => {
    if (KEY_ID_BEFORE.test(textBefore(ctx, 0, 80))) return true;
    const before = textBefore(ctx, 0, 80);
    return isRazorpay(ctx) && /secret/i.test(before) ? true : 'not a Razorpay key secret';
  },
  examples: () => ({
    match: [
      `RAZORPAY_KEY_ID=${fake('rzp_live_', ALNUM, 14, 'a')}\nRAZORPAY_KEY_SECRET=${fakeChars(ALNUM, 24, 'b')}`,
      `client = razorpay.Client(auth=("${fake('rzp_live_', ALNUM, 14, 'c')}", "${fakeChars(ALNUM, 24, 'd')}"))`,
    ],
    noMatch: [`RAZORPAY_KEY_ID=${fake('rzp_live_', ALNUM, 14, 'e')}`, `razorpay_order_id = "order_${fakeChars(ALNUM, 14, 'f')}"`],
  }),
};
