import type { PatternRule } from '../../rule.js';
import { ALNUM, fake } from '../testing/fake.js';

/** Apify API tokens: `apify_api_` + 36 alphanumerics. */
export const apifyApiToken: PatternRule = {
  kind: 'pattern',
  id: 'apify-api-token',
  title: 'Apify API token',
  category: 'secret',
  severity: 'error',
  description: 'An Apify API token (apify_api_); it runs Actors billed to the account and reads or deletes datasets, key-value stores and schedules.',
  remediation:
    'Delete the token under Settings > API & Integrations in the Apify Console, create a scoped token, and read it from APIFY_TOKEN in the environment or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiration was set',
  keywords: ['apify_api_'],
  pattern: /\b(apify_api_[A-Za-z0-9]{36})\b/,
  entropy: 3.5,
  prefix: 'apify_api_',
  examples: () => ({
    match: [`APIFY_TOKEN=${fake('apify_api_', ALNUM, 36)}`, `https://api.apify.com/v2/acts?token=${fake('apify_api_', ALNUM, 36, 'url')}&limit=10`],
    noMatch: ['APIFY_TOKEN=apify_api_tooShort', `APIFY_TOKEN=${fake('apify_api_', ALNUM, 36, 'x')}_extra`],
  }),
};
