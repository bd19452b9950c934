import type { PatternRule } from '../../index.js';
import { fake, LOWER_ALNUM } from '../testing/fake.js';

/** Scalingo API tokens (user tokens exchanged for short-lived bearer tokens): `tk-us-` + 48 URL-safe characters. */
export const scalingoApiToken: PatternRule = {
  kind: 'pattern',
  id: 'scalingo-api-token',
  title: 'Scalingo API token',
  category: 'secret',
  severity: 'error',
  description: 'A Scalingo API token; it is exchanged for bearer tokens that deploy, scale and read the environment variables of every app its user can reach.',
  remediation:
    'Delete the token under User settings > API tokens in the Scalingo dashboard, create a new one, and give it to CI through its secret store (SCALINGO_API_TOKEN).',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted (the bearer tokens it is exchanged for last one hour)',
  replacement: 'a dedicated collaborator account per pipeline, with its token in the CI secret store',
  keywords: ['tk-us-'],
  pattern: /(?<![\w-])(tk-us-[\w-]{48})(?![\w-])/,
  entropy: 3,
  prefix: 'tk-us-',
  examples: () => ({
    match: [`SCALINGO_API_TOKEN=${fake('tk-us-', LOWER_ALNUM + '_-', 48, 'a')}`, `scalingo.clientFromToken("${fake('tk-us-', LOWER_ALNUM, 48, 'b')}")`],
    noMatch: ['scalingo.clientFromToken("tk-us-...")', `SCALINGO_API_TOKEN=${fake('tk-us-', LOWER_ALNUM, 20, 'short')}`],
  }),
};
