import type { PatternRule } from '../../rule.js';
import { fake, LOWER_ALNUM } from '../testing/fake.js';

/** ReadMe API keys: `rdme_` + 70 lower-case letters and digits. */
export const readmeApiKey: PatternRule = {
  kind: 'pattern',
  id: 'readme-api-key',
  title: 'ReadMe API key',
  category: 'secret',
  severity: 'error',
  description: 'A ReadMe (readme.com) API key (rdme_); it reads and rewrites the project\'s documentation, API definitions and changelogs.',
  remediation:
    'Revoke the key under the project\'s Configuration > API Keys in ReadMe, create a new one, and pass it to rdme in CI as a secret (RDME_API_KEY).',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  keywords: ['rdme_'],
  pattern: /\b(rdme_[a-z0-9]{70})\b/,
  entropy: 3.5,
  prefix: 'rdme_',
  examples: () => ({
    match: [`RDME_API_KEY=${fake('rdme_', LOWER_ALNUM, 70)}`, `- uses: readmeio/rdme@v8\n  with:\n    rdme: openapi openapi.json --key=${fake('rdme_', LOWER_ALNUM, 70, 'gha')}`],
    noMatch: ["const API_KEY = 'rdme_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX';", 'rdme_short'],
  }),
};
