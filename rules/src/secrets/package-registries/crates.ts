import type { PatternRule } from '../../index.js';
import { ALNUM, fakeChars } from '../testing/fake.js';

/** crates.io API tokens: `cio` + 32 alphanumeric characters. */
export const cratesIoApiToken: PatternRule = {
  kind: 'pattern',
  id: 'crates-io-api-token',
  title: 'crates.io API token',
  category: 'secret',
  severity: 'error',
  description: 'A crates.io API token (cio…), which with the publish scopes uploads new versions of, or yanks, the owner\'s crates.',
  remediation:
    'Revoke the token at crates.io (Account settings > API tokens) and publish from CI with crates.io trusted publishing (OIDC), or a scoped, expiring token from the CI secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  replacement: 'crates.io trusted publishing (OIDC from GitHub Actions)',
  keywords: ['cio'],
  pattern: /\b(cio[A-Za-z0-9]{32})\b/,
  // A word or identifier starting with "cio" rarely reaches 35 characters, and never with base62 entropy.
  entropy: 3.5,
  prefix: 'cio',
  examples: () => ({
    match: [`[registry]\ntoken = "cio${fakeChars(ALNUM, 32, 'cargo')}"`, `CARGO_REGISTRY_TOKEN=cio${fakeChars(ALNUM, 32, 'env')}`],
    noMatch: ['CARGO_REGISTRY_TOKEN=cio_short', 'cioaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
  }),
};
