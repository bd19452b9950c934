import type { PatternRule } from '../../rule.js';
import { fakeChars, HEX } from '../testing/fake.js';
import { KEY_WORDS, precededBy } from '../saas/context.js';

/**
 * Algolia API keys are 32 hex digits with no prefix. Search-only keys are meant for browsers, so a line that names
 * the search or public key is skipped; admin and write keys next to an Algolia name are reported.
 */
export const algoliaAdminKey: PatternRule = {
  kind: 'pattern',
  id: 'algolia-admin-api-key',
  title: 'Algolia admin or write API key',
  category: 'secret',
  severity: 'error',
  description: 'An Algolia API key next to an Algolia admin, write or API-key name; the admin key reads, changes and deletes every index and manages the other keys.',
  remediation:
    'Regenerate the key under Settings > API Keys in the Algolia dashboard (the admin key can be regenerated there), use a restricted key with only the ACLs needed, and keep it server-side in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless a validity was set on a restricted key',
  keywords: ['algolia'],
  pattern: /\b([a-f0-9]{32})\b/,
  entropy: 3,
  validate: precededBy({ names: /algolia/i, keys: KEY_WORDS, unless: /search[_-]?(?:only[_-]?)?(?:api[_-]?)?key|public|read[_-]?only/i }),
  examples: () => ({
    match: [
      `ALGOLIA_ADMIN_KEY=${fakeChars(HEX, 32, 'env')}`,
      `algolia_api_key: "${fakeChars(HEX, 32, 'yaml')}"`,
      `client = SearchClient.create(app_id, algolia_write_key="${fakeChars(HEX, 32, 'py')}")`,
    ],
    noMatch: [
      `NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=${fakeChars(HEX, 32, 'search')}`,
      `ALGOLIA_INDEX_VERSION=${fakeChars(HEX, 32, 'idx')}`,
    ],
  }),
};
