import type { PatternRule } from '../../index.js';
import { fakeChars } from '../testing/fake.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/**
 * Octopus Deploy API keys are `API-` and 26 uppercase base32 characters (A-Z, 2-7: 128 random bits). Requiring a
 * digit skips all-letter identifiers such as `API-VERSIONINGCONFIGURATIONS` (a random key lacks one in well
 * under 1% of cases), and the base32 alphabet skips hex ids after an `API-` label.
 */
export const octopusDeployApiKey: PatternRule = {
  kind: 'pattern',
  id: 'octopus-deploy-api-key',
  title: 'Octopus Deploy API key',
  category: 'secret',
  severity: 'error',
  description: 'An Octopus Deploy API key, which acts as its user or service account: it can create releases, deploy to environments and read sensitive variables the account may see.',
  remediation:
    'Revoke the key under the user\'s or service account\'s API keys, set an expiry on the replacement and keep it in a secret store; from GitHub Actions use Octopus OIDC instead of a key.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  replacement: 'Octopus OpenID Connect for service accounts (GitHub Actions and other OIDC issuers)',
  keywords: ['api-'],
  pattern: /(?<![A-Za-z0-9_-])(API-[A-Z2-7]{26})(?![A-Za-z0-9_-])/,
  validate: (key) => (/[2-7]/.test(key.slice(4)) ? true : 'no digit: an identifier, not a key'),
  entropy: 3.5,
  prefix: 'API-',
  examples: () => ({
    match: [`OCTOPUS_API_KEY=API-${fakeChars(BASE32, 26, 'env')}`, `$header = @{ "X-Octopus-ApiKey" = "API-${fakeChars(BASE32, 26, 'ps')}" }`],
    noMatch: [
      'https://fog-ringer-f42.notion.site/API-BD80F56CDC1441E6BF6011AB6D852875',
      'msgstr "GSSAPI-VIRHEKAPSELOINTIMERKKIJONO."',
      '$octopusAPIKey = "API-YOURAPIKEY"',
      'OCTOPUS_API_KEY=API-VERSIONINGCONFIGURATIONS',
    ],
  }),
};
