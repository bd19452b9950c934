import type { PatternRule } from '../../rule.js';
import { ALNUM, fake, HEX } from '../testing/fake.js';

/** Linear personal API keys are `lin_api_` + 40 alphanumerics; OAuth access tokens are `lin_oauth_` + 64 hex. */
export const linearApiKey: PatternRule = {
  kind: 'pattern',
  id: 'linear-api-key',
  title: 'Linear API key',
  category: 'secret',
  severity: 'error',
  description: 'A Linear personal API key (lin_api_) or OAuth access token (lin_oauth_); it reads and changes issues, projects and comments as its user or app.',
  remediation:
    'Revoke the key under Settings > Security & access > Personal API keys in Linear (or the OAuth app\'s authorisation), create one with only the needed permissions and teams, and read it from LINEAR_API_KEY in the environment or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  keywords: ['lin_api_', 'lin_oauth_'],
  pattern: /\b(lin_api_[A-Za-z0-9]{40}|lin_oauth_[a-f0-9]{64})\b/,
  entropy: 3.5,
  lifetimeOf: (token) => (token.startsWith('lin_oauth_') ? { lifetime: 'unknown', detail: 'OAuth access token; its lifetime depends on the OAuth app' } : undefined),
  prefix: 'lin_api_',
  examples: () => ({
    match: [
      `LINEAR_API_KEY=${fake('lin_api_', ALNUM, 40)}`,
      `const linear = new LinearClient({ apiKey: '${fake('lin_api_', ALNUM, 40, 'ts')}' });`,
      `Authorization: Bearer ${fake('lin_oauth_', HEX, 64)}`,
    ],
    noMatch: [`linear_key = 'lin_api_=${fake('', ALNUM, 39, 'eq')}'`, 'LINEAR_API_KEY=lin_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
  }),
};
