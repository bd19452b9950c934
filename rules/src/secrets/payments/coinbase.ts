import type { PatternRule } from '../../index.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { assignedTo, textBefore } from '../messaging/context.js';

/**
 * Coinbase API secrets have no prefix: legacy API key secrets are 32 alphanumerics, Exchange/Advanced Trade
 * secrets and CDP Ed25519 keys are base64 (64-88 characters). CDP ECDSA keys are PEM private keys, which the
 * private-key rule reports. Only a Coinbase secret name marks these values.
 */

const isCoinbase = assignedTo('coinbase|cdp_api|cb_api', { keyish: true });

export const coinbaseApiSecret: PatternRule = {
  kind: 'pattern',
  id: 'coinbase-api-secret',
  title: 'Coinbase API secret',
  category: 'secret',
  severity: 'error',
  description: 'A Coinbase API key secret (legacy, Exchange, or CDP Ed25519 key); depending on its permissions it trades, transfers and withdraws crypto from the account.',
  remediation:
    'Delete the API key in Coinbase (Settings > API, or the CDP portal) and create a new one with only view or trade permission and an IP allowlist, then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until deleted',
  keywords: ['coinbase', 'cdp_api', 'cb_api'],
  linesAround: 3,
  pattern: /(?:^|[^A-Za-z0-9+/_-])([A-Za-z0-9+/_-]{32,100}={0,2})/,
  entropy: 4,
  validate: (secret, ctx) => {
    if (!/[0-9]/.test(secret) || !/[A-Z]/.test(secret) || !/[a-z]/.test(secret)) return 'not a random secret';
    const before = textBefore(ctx, 0, 80);
    return isCoinbase(ctx) && /secret|private/i.test(before) ? true : 'not assigned to a Coinbase secret name';
  },
  examples: () => ({
    match: [
      `COINBASE_API_KEY=${fakeChars(ALNUM, 16, 'a')}\nCOINBASE_API_SECRET=${fakeChars(ALNUM, 32, 'b')}`,
      `coinbase:\n  api_secret: "${fakeChars(ALNUM + '+/', 86, 'c')}=="`,
    ],
    noMatch: [`COINBASE_API_KEY=${fakeChars(ALNUM, 32, 'd')}`, 'COINBASE_API_SECRET=your-coinbase-api-secret-goes-here'],
  }),
};
