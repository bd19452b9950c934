import type { PatternRule } from '../../index.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { assignedTo, textBefore } from './context.js';

/** Vonage (Nexmo) API secrets: 16 alphanumerics, paired with an 8-hex API key. Only the secret is sensitive. */

const isVonageSecret = assignedTo('vonage|nexmo');

export const vonageApiSecret: PatternRule = {
  kind: 'pattern',
  id: 'vonage-api-secret',
  title: 'Vonage (Nexmo) API secret',
  category: 'secret',
  severity: 'error',
  description: 'A Vonage (formerly Nexmo) API secret; with the public API key it sends SMS and calls billed to the account and manages numbers.',
  remediation:
    'Rotate the secret in the Vonage API dashboard (Settings > API keys: add a new secret, then delete the old one), and load it from an environment variable or a secret manager; applications can use a private key and short-lived JWTs instead.',
  lifetime: 'static',
  lifetimeDetail: 'valid until rotated',
  replacement: 'Vonage application JWTs (signed with the application private key, short expiry)',
  keywords: ['vonage', 'nexmo'],
  linesAround: 3,
  pattern: /\b([A-Za-z0-9]{16})\b/,
  entropy: 3,
  validate: (secret, ctx) => {
    if (!/[0-9]/.test(secret) || !/[A-Za-z]/.test(secret)) return 'not a random secret';
    return isVonageSecret(ctx) && /secret/i.test(textBefore(ctx, 0, 80))
      ? true
      : 'not assigned to a Vonage secret name';
  },
  examples: () => ({
    match: [`VONAGE_API_KEY=1a2b3c4d\nVONAGE_API_SECRET=${fakeChars(ALNUM, 16, 'a')}`, `nexmo:\n  api_secret: "${fakeChars(ALNUM, 16, 'b')}"`],
    noMatch: [`VONAGE_API_KEY=${fakeChars(ALNUM, 16, 'c')}`, 'NEXMO_API_SECRET=xxxxxxxxxxxxxxxx'],
  }),
};
