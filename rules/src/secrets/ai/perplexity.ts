import type { PatternRule } from '../../index.js';
import { ALNUM, fake } from '../testing/fake.js';

/** Perplexity API keys: `pplx-` + 48 alphanumerics. */

export const perplexityApiKey: PatternRule = {
  kind: 'pattern',
  id: 'perplexity-api-key',
  title: 'Perplexity API key',
  category: 'secret',
  severity: 'error',
  description: 'A Perplexity API key; it runs Sonar search and chat requests billed to the account.',
  remediation:
    'Delete the key in Perplexity (Settings > API), create a new one, and load it from an environment variable (PERPLEXITY_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  keywords: ['pplx-'],
  pattern: /\b(pplx-[A-Za-z0-9]{48})\b/,
  entropy: 3.5,
  prefix: 'pplx-',
  examples: () => ({
    match: [`PERPLEXITY_API_KEY=${fake('pplx-', ALNUM, 48, 'a')}`, `client = OpenAI(api_key="${fake('pplx-', ALNUM, 48, 'b')}", base_url="https://api.perplexity.ai")`],
    noMatch: [`PERPLEXITY_API_KEY=pplx-${'x'.repeat(48)}`, 'PERPLEXITY_API_KEY=pplx-...'],
  }),
};
