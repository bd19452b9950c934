import type { PatternRule } from '../../rule.js';
import { BASE64URL, fake } from '../testing/fake.js';
import { precededBy } from './context.js';

/**
 * Brave Search API keys start `BSA` followed by about 28 URL-safe characters. Three capitals are a weak prefix, so
 * a Brave name or the `X-Subscription-Token` header must be on the line.
 */
export const braveSearchApiKey: PatternRule = {
  kind: 'pattern',
  id: 'brave-search-api-key',
  title: 'Brave Search API key',
  category: 'secret',
  severity: 'warning',
  description: 'A Brave Search API subscription key (BSA…); it spends the subscription\'s paid query quota.',
  remediation:
    'Delete the key under API Keys in the Brave Search API dashboard, create a new one, and read it from BRAVE_SEARCH_API_KEY in the environment or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['bsa'],
  pattern: /\b(BSA[A-Za-z0-9_-]{24,40})(?![\w-])/,
  entropy: 3.5,
  validate: precededBy({ names: /brave|x-subscription-token/i }),
  prefix: 'BSA',
  examples: () => ({
    match: [`BRAVE_SEARCH_API_KEY="${fake('BSA', BASE64URL, 28)}"`, `headers = {"X-Subscription-Token": "${fake('BSA', BASE64URL, 28, 'py')}"}`],
    noMatch: ['BRAVE_SEARCH_API_KEY="BSAshort"', `BSA_GRANT_REFERENCE=${fake('BSA', BASE64URL, 28, 'other')}`],
  }),
};
