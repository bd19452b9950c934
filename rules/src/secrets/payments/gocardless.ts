import type { PatternRule } from '../../index.js';
import { BASE64URL, fake } from '../testing/fake.js';

/**
 * GoCardless access tokens: `live_` (or `sandbox_`, left out) + 40 base64url characters. `live_` alone is used
 * by other providers too, so the rule runs only near the word "gocardless".
 */

export const gocardlessAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'gocardless-access-token',
  title: 'GoCardless live access token',
  category: 'secret',
  severity: 'error',
  description: 'A GoCardless live access token; with read-write access it creates mandates, collects payments and issues refunds from customer bank accounts.',
  remediation:
    'Revoke the token in the GoCardless dashboard (Developers > Access tokens) and create a new one (read-only where possible), then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until revoked',
  keywords: ['gocardless'],
  linesAround: 3,
  pattern: /\b(live_[\w=-]{40})(?![\w=-])/,
  entropy: 3.5,
  prefix: 'live_',
  examples: () => ({
    match: [`GOCARDLESS_ACCESS_TOKEN=${fake('live_', BASE64URL, 40, 'a')}`, `client = gocardless_pro.Client(\n    access_token="${fake('live_', BASE64URL, 40, 'b')}",\n    environment="live")`],
    noMatch: [`GOCARDLESS_ACCESS_TOKEN=${fake('sandbox_', BASE64URL, 40, 'c')}`, `LOB_API_KEY=${fake('live_', BASE64URL, 40, 'd')}`],
  }),
};
