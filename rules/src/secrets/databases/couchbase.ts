import type { PatternRule } from '../../rule.js';
import { BASE64, fakeChars } from '../testing/fake.js';
import { precededBy } from '../saas/context.js';

/**
 * Couchbase Capella management API keys are long base64 strings (the key ID and secret, encoded) with no prefix,
 * so a Capella or Couchbase name and a key or secret word must be on the line.
 */
export const couchbaseCapellaApiKey: PatternRule = {
  kind: 'pattern',
  id: 'couchbase-capella-api-key',
  title: 'Couchbase Capella API key',
  category: 'secret',
  severity: 'error',
  description: 'A Couchbase Capella management API key next to a Capella or Couchbase name; organisation-owner keys create and delete clusters, database users and allowed IP lists.',
  remediation:
    'Delete the key under Organization Settings > API Keys in Capella, create one with the narrowest organisation or project role and an expiry, and keep it in a secret manager (the Terraform provider reads CAPELLA_AUTHENTICATION_TOKEN).',
  lifetime: 'long',
  lifetimeDetail: 'expires after the period chosen at creation',
  keywords: ['couchbase', 'capella'],
  pattern: /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{60,120}={0,2})(?![A-Za-z0-9+/=])/,
  entropy: 4,
  validate: precededBy({ names: /couchbase|capella/i, keys: /key|secret|token|auth/i }),
  examples: () => ({
    match: [
      `CAPELLA_AUTHENTICATION_TOKEN="${fakeChars(BASE64, 92, 'env')}=="`,
      `capella_api_secret = '${fakeChars(BASE64, 88, 'py')}'`,
      `COUCHBASE_CAPELLA_API_KEY=${fakeChars(BASE64, 96, 'unquoted')}`,
    ],
    noMatch: [`api_secret = '${fakeChars(BASE64, 88, 'noname')}'`, 'COUCHBASE_API_KEY_SECRET="short"', `couchbase_cert_fingerprint: ${fakeChars(BASE64, 64, 'cert')}`],
  }),
};
