import type { PatternRule } from '../../index.js';
import { ALNUM, fake } from '../testing/fake.js';

/**
 * Mollie credentials: live API keys `live_` + 30 alphanumerics (test keys `test_`, left out), organisation access
 * tokens `access_` + 40. Both prefixes are shared with other providers, so the rule runs near "mollie".
 */

export const mollieApiKey: PatternRule = {
  kind: 'pattern',
  id: 'mollie-api-key',
  title: 'Mollie live API key or access token',
  category: 'secret',
  severity: 'error',
  description: 'A Mollie live API key (live_) or organisation access token (access_); it creates payments, refunds and payment links and reads customer data.',
  remediation:
    'Reset the live API key in the Mollie Dashboard (Developers > API keys) or revoke the organisation access token, then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until reset or revoked',
  replacement: 'Mollie Connect OAuth access tokens (expire after 1 hour)',
  keywords: ['mollie'],
  linesAround: 3,
  pattern: /\b(live_[A-Za-z0-9]{30}|access_[A-Za-z0-9]{40})\b/,
  entropy: 3.5,
  prefix: 'live_',
  examples: () => ({
    match: [`MOLLIE_API_KEY=${fake('live_', ALNUM, 30, 'a')}`, `$mollie = new \\Mollie\\Api\\MollieApiClient();\n$mollie->setApiKey("${fake('live_', ALNUM, 30, 'b')}");`],
    noMatch: [`MOLLIE_API_KEY=${fake('test_', ALNUM, 30, 'c')}`, 'MOLLIE_API_KEY=live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
};
