import type { LifetimeInfo, PatternRule } from '../../index.js';
import { HEX, fake } from '../testing/fake.js';

/**
 * DigitalOcean tokens since 2021: `dop_v1_` personal access tokens, `doo_v1_` OAuth access tokens and `dor_v1_`
 * OAuth refresh tokens, each followed by 64 hex characters.
 */

const KINDS: Record<string, LifetimeInfo & { title: string }> = {
  dop: { title: 'DigitalOcean personal access token', lifetime: 'long', detail: 'expires after the period chosen at creation (30 days to never)' },
  doo: { title: 'DigitalOcean OAuth access token', lifetime: 'long', detail: 'expires after 30 days' },
  dor: { title: 'DigitalOcean OAuth refresh token', lifetime: 'long', detail: 'valid until used or revoked' },
};

export const digitaloceanToken: PatternRule = {
  kind: 'pattern',
  id: 'digitalocean-token',
  title: 'DigitalOcean API token',
  category: 'secret',
  severity: 'error',
  description: 'A DigitalOcean personal access token or OAuth token (dop_v1_, doo_v1_, dor_v1_); full-access tokens can create, change and destroy every droplet, database and Space in the team.',
  remediation:
    'Revoke the token under API > Tokens (or the OAuth app\'s authorizations), then keep a custom-scoped token with an expiry in your CI secret store, or deploy through App Platform and DOKS integrations that need no stored token.',
  lifetime: 'long',
  lifetimeDetail: 'personal access tokens expire after the chosen period (or never)',
  replacement: 'custom-scoped tokens with a short expiry, kept in the CI secret store',
  keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  pattern: /\b(do[por]_v1_[a-f0-9]{64})\b/,
  entropy: 3.0,
  lifetimeOf: (token) => KINDS[token.slice(0, 3)],
  describe: (token) => KINDS[token.slice(0, 3)]?.title,
  prefix: 'dop_v1_',
  examples: () => ({
    match: [
      `DIGITALOCEAN_ACCESS_TOKEN=${fake('dop_v1_', HEX, 64)}`,
      `provider "digitalocean" {\n  token = "${fake('dop_v1_', HEX, 64, 'tf')}"\n}`,
      `{"access_token": "${fake('doo_v1_', HEX, 64)}", "refresh_token": "${fake('dor_v1_', HEX, 64)}"}`,
    ],
    noMatch: [`DIGITALOCEAN_ACCESS_TOKEN=dop_v1_${'0'.repeat(64)}`, 'DIGITALOCEAN_ACCESS_TOKEN=dop_v1_<your-token>', `token = "${fake('dop_v2_', HEX, 64)}"`],
  }),
};

export const digitaloceanRules: PatternRule[] = [digitaloceanToken];
