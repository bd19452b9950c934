import type { PatternRule } from '../../rule.js';
import { ALNUM, fake } from '../testing/fake.js';

/**
 * PlanetScale credentials carry their kind in the prefix: `pscale_pw_` database passwords, `pscale_tkn_` service
 * tokens and `pscale_oauth_` OAuth tokens, each followed by 32 to 64 URL-safe characters (43 in practice).
 */
const BODY = ALNUM + '_';

export const planetScalePassword: PatternRule = {
  kind: 'pattern',
  id: 'planetscale-password',
  title: 'PlanetScale database password',
  category: 'secret',
  severity: 'error',
  description: 'A PlanetScale database branch password (pscale_pw_); with the branch host and username it connects to the database with the password\'s role, often read-write or admin.',
  remediation:
    'Delete the password under the branch\'s Passwords page in PlanetScale, create one with the narrowest role and a TTL, and give the application DATABASE_URL from a secret manager or the platform\'s environment settings.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless a TTL was set at creation',
  keywords: ['pscale_pw_'],
  pattern: /\b(pscale_pw_[A-Za-z0-9_-]{32,64})(?![\w-])/,
  entropy: 3.5,
  prefix: 'pscale_pw_',
  examples: () => ({
    match: [
      `DATABASE_PASSWORD=${fake('pscale_pw_', BODY, 43)}`,
      `DATABASE_URL="mysql://app:${fake('pscale_pw_', BODY, 43, 'url')}@aws.connect.psdb.cloud/shop?sslaccept=strict"`,
      `password: "${fake('pscale_pw_', BODY, 43, 'yaml')}"`,
    ],
    noMatch: ['DATABASE_PASSWORD=pscale_pw_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'password: pscale_pw_short'],
  }),
};

export const planetScaleToken: PatternRule = {
  kind: 'pattern',
  id: 'planetscale-api-token',
  title: 'PlanetScale service or OAuth token',
  category: 'secret',
  severity: 'error',
  description: 'A PlanetScale service token (pscale_tkn_) or OAuth token (pscale_oauth_); it calls the PlanetScale API with the organisation or database permissions it was granted, such as creating branches and passwords.',
  remediation:
    'Delete the service token under Settings > Service tokens in PlanetScale (or revoke the OAuth application\'s access), create one with only the needed permissions, and pass PLANETSCALE_SERVICE_TOKEN to CI as a secret.',
  lifetime: 'static',
  lifetimeDetail: 'service tokens never expire; valid until deleted',
  keywords: ['pscale_tkn_', 'pscale_oauth_'],
  pattern: /\b(pscale_(?:tkn|oauth)_[A-Za-z0-9_-]{32,64})(?![\w-])/,
  entropy: 3.5,
  lifetimeOf: (token) => (token.startsWith('pscale_oauth_') ? { lifetime: 'unknown', detail: 'OAuth token; lifetime set by the OAuth application' } : undefined),
  describe: (token) => (token.startsWith('pscale_oauth_') ? 'PlanetScale OAuth token' : 'PlanetScale service token'),
  prefix: 'pscale_tkn_',
  examples: () => ({
    match: [
      `PLANETSCALE_SERVICE_TOKEN=${fake('pscale_tkn_', BODY, 43)}`,
      `- name: Create branch\n  env:\n    PLANETSCALE_SERVICE_TOKEN: ${fake('pscale_tkn_', BODY, 43, 'gha')}`,
      `token = "${fake('pscale_oauth_', BODY, 43)}"`,
    ],
    noMatch: ['PLANETSCALE_SERVICE_TOKEN=${{ secrets.PLANETSCALE_SERVICE_TOKEN }}', 'token: pscale_tkn_tooShort'],
  }),
};
