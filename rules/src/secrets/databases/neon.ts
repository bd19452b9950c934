import type { PatternRule } from '../../rule.js';
import { fake, LOWER_ALNUM } from '../testing/fake.js';

/** Neon API keys: `napi_` + 64 lower-case letters and digits. Connection strings are another rule's. */
export const neonApiKey: PatternRule = {
  kind: 'pattern',
  id: 'neon-api-key',
  title: 'Neon API key',
  category: 'secret',
  severity: 'error',
  description: 'A Neon API key (napi_); personal and organisation keys create, change and delete projects, branches, roles and databases.',
  remediation:
    'Revoke the key under Account settings > API keys (or the organisation\'s settings) in the Neon console, create a project-scoped key, and keep it as a CI secret (NEON_API_KEY).',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  keywords: ['napi_'],
  pattern: /\b(napi_[a-z0-9]{64})\b/,
  entropy: 3.5,
  prefix: 'napi_',
  examples: () => ({
    match: [`NEON_API_KEY=${fake('napi_', LOWER_ALNUM, 64)}`, `- uses: neondatabase/create-branch-action@v5\n  with:\n    api_key: ${fake('napi_', LOWER_ALNUM, 64, 'gha')}`],
    noMatch: ['NEON_API_KEY=napi_short', 'NEON_API_KEY=napi_0000000000000000000000000000000000000000000000000000000000000000'],
  }),
};
