import type { PatternRule } from '../../index.js';
import { ALNUM, fake } from '../testing/fake.js';

/** Replicate API tokens: `r8_` + 37 alphanumerics. */

export const replicateApiToken: PatternRule = {
  kind: 'pattern',
  id: 'replicate-api-token',
  title: 'Replicate API token',
  category: 'secret',
  severity: 'error',
  description: "A Replicate API token; it runs models and deployments billed to the account and reads and changes the account's models.",
  remediation:
    'Disable the token at replicate.com/account/api-tokens, create a new one, and load it from an environment variable (REPLICATE_API_TOKEN) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until disabled',
  keywords: ['r8_'],
  pattern: /\b(r8_[A-Za-z0-9]{37})\b/,
  entropy: 3.5,
  prefix: 'r8_',
  examples: () => ({
    match: [`REPLICATE_API_TOKEN=${fake('r8_', ALNUM, 37, 'a')}`, `client = replicate.Client(api_token="${fake('r8_', ALNUM, 37, 'b')}")`],
    noMatch: [`REPLICATE_API_TOKEN=${fake('r8_', ALNUM, 27, 'short')}`, `REPLICATE_API_TOKEN=${fake('r9_', ALNUM, 37, 'c')}`],
  }),
};
