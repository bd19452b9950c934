import type { PatternRule } from '../../index.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';
import { assignedTo, textBefore } from '../messaging/context.js';

/** PayPal REST app client secrets: 80 base64url characters with no prefix; only a PayPal secret name marks one. */

const isPaypal = assignedTo('paypal');

export const paypalClientSecret: PatternRule = {
  kind: 'pattern',
  id: 'paypal-client-secret',
  title: 'PayPal REST client secret',
  category: 'secret',
  severity: 'error',
  description: 'A PayPal REST API app client secret; with the client id it obtains access tokens that create payments, refunds and payouts.',
  remediation:
    'Generate a new secret for the app in the PayPal Developer Dashboard (Apps & Credentials), delete the old one, and load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until the secret is deleted',
  replacement: 'the OAuth access tokens it mints, which expire after about 9 hours (keep the secret server-side only)',
  keywords: ['paypal'],
  linesAround: 3,
  pattern: /(?:^|[^\w-])([\w-]{80})(?![\w-])/,
  entropy: 4,
  validate: (secret, ctx) => {
    const before = textBefore(ctx, 0, 80);
    return isPaypal(ctx) && /secret/i.test(before) ? true : 'not assigned to a PayPal secret name';
  },
  examples: () => ({
    match: [`PAYPAL_CLIENT_ID=A${fakeChars(BASE64URL, 79, 'a')}\nPAYPAL_CLIENT_SECRET=E${fakeChars(BASE64URL, 79, 'b')}`, `paypal:\n  client_secret: "E${fakeChars(BASE64URL, 79, 'c')}"`],
    noMatch: [`PAYPAL_CLIENT_ID=A${fakeChars(BASE64URL, 79, 'd')}`, 'PAYPAL_CLIENT_SECRET=your-paypal-client-secret'],
  }),
};
