import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';
import { assignedTo, matchedBefore, textBefore } from './context.js';

/**
 * Pusher Channels apps have an app id, a public key and a secret, both 20 lowercase hex. Only the secret is
 * sensitive, so the value must be assigned to a Pusher *secret* name, or sit in a `PUSHER_URL`
 * (`http://<key>:<secret>@api-<cluster>.pusher.com/apps/<id>`).
 */

const isPusher = assignedTo('pusher', { keyish: true });

export const pusherAppSecret: PatternRule = {
  kind: 'pattern',
  id: 'pusher-app-secret',
  title: 'Pusher Channels app secret',
  category: 'secret',
  severity: 'error',
  description: 'A Pusher Channels app secret; it signs private and presence channel authorisations and triggers events to every subscriber.',
  remediation:
    'Create a new key pair in the Pusher dashboard (App Keys), switch the servers over and delete the old pair, then load the secret from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until the key pair is deleted',
  keywords: ['pusher'],
  linesAround: 3,
  pattern: /(?:\b[0-9a-f]{20}:)?\b([0-9a-f]{20})\b/,
  entropy: 3,
  validate: (secret, ctx) => {
    if (matchedBefore(secret, ctx) && ctx.text[ctx.secretStart + secret.length] === '@') return true;
    const before = textBefore(ctx, 0, 80);
    return isPusher(ctx) && /secret/i.test(before) ? true : 'not assigned to a Pusher secret name';
  },
  examples: () => ({
    match: [
      `PUSHER_APP_ID=1234567\nPUSHER_APP_KEY=${fakeChars(HEX, 20, 'a')}\nPUSHER_APP_SECRET=${fakeChars(HEX, 20, 'b')}`,
      `PUSHER_URL=http://${fakeChars(HEX, 20, 'c')}:${fakeChars(HEX, 20, 'd')}@api-eu.pusher.com/apps/1234567`,
    ],
    noMatch: [
      `PUSHER_APP_SECRET=\${PUSHER_SECRET}\nPUSHER_APP_KEY=${fakeChars(HEX, 20, 'e')}`,
      `const pusher = new Pusher("${fakeChars(HEX, 20, 'f')}", { cluster: "eu" });`,
    ],
  }),
};
