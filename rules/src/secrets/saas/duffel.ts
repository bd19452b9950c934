import type { PatternRule } from '../../rule.js';
import { BASE64URL, fake } from '../testing/fake.js';

/** Duffel access tokens: `duffel_live_` or `duffel_test_` + 43 URL-safe characters. */
export const duffelAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'duffel-access-token',
  title: 'Duffel access token',
  category: 'secret',
  severity: 'error',
  description: 'A Duffel access token; live tokens book and pay for flights and stays on the account and read passengers\' personal data, test tokens reach the sandbox.',
  remediation:
    'Delete the token under Developers > Access tokens in the Duffel dashboard, create a new one with the needed scope, and read it from DUFFEL_ACCESS_TOKEN in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['duffel_live_', 'duffel_test_'],
  pattern: /\b(duffel_(?:live|test)_[A-Za-z0-9_=-]{43})(?![\w=-])/,
  entropy: 3.5,
  describe: (token) => (token.startsWith('duffel_test_') ? 'test-mode token' : 'live token'),
  prefix: 'duffel_',
  examples: () => ({
    match: [`DUFFEL_ACCESS_TOKEN=${fake('duffel_live_', BASE64URL, 43)}`, `const duffel = new Duffel({ token: '${fake('duffel_test_', BASE64URL, 43, 'ts')}' })`],
    // nhilint-ignore generic-secret-assignment -- a noMatch example with a placeholder-shaped token
    noMatch: ['token := "duffel_test_abc123"', 'return strings.HasPrefix(s, "duffel_test_")'],
  }),
};
