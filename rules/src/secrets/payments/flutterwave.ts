import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';

/**
 * Flutterwave v3 secret keys: `FLWSECK-` + 32 hex + `-X` (test keys `FLWSECK_TEST-…`, left out: they move no
 * money). Public keys (`FLWPUBK-`) are meant for checkout pages.
 */

export const flutterwaveSecretKey: PatternRule = {
  kind: 'pattern',
  id: 'flutterwave-secret-key',
  title: 'Flutterwave live secret key',
  category: 'secret',
  severity: 'error',
  description: 'A Flutterwave live secret key; it charges cards and accounts, makes transfers and payouts, and reads transactions.',
  remediation:
    'Regenerate the API keys in the Flutterwave dashboard (Settings > API Keys), then load the secret key from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until regenerated',
  keywords: ['flwseck-'],
  pattern: /\b(FLWSECK-[0-9a-fA-F]{32}-X)\b/,
  entropy: 3,
  prefix: 'FLWSECK-',
  examples: () => ({
    match: [`FLW_SECRET_KEY=FLWSECK-${fakeChars(HEX, 32, 'a')}-X`, `const flw = new Flutterwave(publicKey, "FLWSECK-${fakeChars(HEX, 32, 'b')}-X");`],
    noMatch: [`FLW_SECRET_KEY=FLWSECK_TEST-${fakeChars(HEX, 32, 'c')}-X`, 'FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X'],
  }),
};
