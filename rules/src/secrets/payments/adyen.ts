import type { PatternRule } from '../../index.js';
import { fakeChars } from '../testing/fake.js';

/**
 * Adyen API keys (web service users): `AQE` + base64, `-`, a 44-character base64 part, and a third `-` part of
 * 16 printable characters. The regex takes the base64 run greedily (no backtracking) and the validator checks
 * the two-part structure.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const key = (salt: string) =>
  `AQE${fakeChars(B64, 73, salt)}==-${fakeChars(B64, 43, salt)}=-${fakeChars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789(){}<>^~;', 16, salt)}`;

const SHAPE = /^AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{43}=(?:-|$)/;

export const adyenApiKey: PatternRule = {
  kind: 'pattern',
  id: 'adyen-api-key',
  title: 'Adyen API key',
  category: 'secret',
  severity: 'error',
  description: 'An Adyen API key of a web service user; depending on its roles it makes payments, refunds and payouts, and manages the merchant account.',
  remediation:
    'Generate a new key for the API credential in the Adyen Customer Area (Developers > API credentials), delete the old one, and load it from an environment variable or a secret manager; give each service its own credential with only the roles it needs.',
  lifetime: 'static',
  lifetimeDetail: 'valid until revoked',
  keywords: ['aqe'],
  pattern: /\b(AQE[A-Za-z0-9+/=-]{80,260})/,
  validate: (secret) => (SHAPE.test(secret) ? true : 'not the AQE…=-…= Adyen key structure'),
  entropy: 4,
  prefix: 'AQE',
  examples: () => ({
    match: [`ADYEN_API_KEY="${key('a')}"`, `curl https://checkout-test.adyen.com/v71/payments -H "X-API-Key: ${key('b')}"`],
    noMatch: [
      `-----BEGIN CERTIFICATE-----\nMIIC${fakeChars(B64, 60, 'c')}AQEB${fakeChars(B64, 56, 'c')}\n-----END CERTIFICATE-----`,
      'ADYEN_API_KEY=AQE...your-api-key...',
    ],
  }),
};
