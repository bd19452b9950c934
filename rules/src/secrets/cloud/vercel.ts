import type { LifetimeInfo, PatternRule } from '../../index.js';
import { ALNUM, fake, fakeChars } from '../testing/fake.js';
import { assignedTo } from './shared.js';
import { ciSecretStoreFix } from '../ci-secret-fix.js';

/**
 * Vercel. Tokens issued since 2025 carry a type prefix: vcp_ (personal access token), vci_ (integration token),
 * vca_ / vcr_ (Sign in with Vercel access / refresh tokens) and vck_ (AI Gateway key), then 56 characters (the
 * length every observed token has; Vercel documents the prefixes, not the body, so the alphabet is kept wide).
 * Older access tokens are 24 alphanumerics and need a Vercel name next to them.
 */

const KINDS: Record<string, LifetimeInfo & { title: string }> = {
  vcp_: { title: 'Vercel personal access token', lifetime: 'long', detail: 'expires on the date chosen at creation (or never)' },
  vci_: { title: 'Vercel integration token', lifetime: 'long', detail: 'valid while the integration is installed' },
  vca_: { title: 'Vercel app access token', lifetime: 'short', detail: 'short-lived OAuth access token' },
  vcr_: { title: 'Vercel app refresh token', lifetime: 'long', detail: 'valid until used or revoked' },
  vck_: { title: 'Vercel AI Gateway API key', lifetime: 'static', detail: 'never expires until deleted' },
};

const REPLACEMENT = 'Vercel OIDC federation for cloud access from deployments, and project-scoped tokens with an expiry in CI';

export const vercelToken: PatternRule = {
  kind: 'pattern',
  id: 'vercel-token',
  title: 'Vercel token',
  category: 'secret',
  severity: 'error',
  description: 'A Vercel token with a type prefix (vcp_, vci_, vca_, vcr_, vck_); access tokens deploy, read environment variables and change projects of their scope, AI Gateway keys spend credits.',
  remediation:
    'Delete the token (Account Settings > Tokens, the integration, or AI Gateway > API keys), then use a project-scoped token with an expiry in your CI secret store, or Vercel OIDC for cloud access.',
  lifetime: 'long',
  lifetimeDetail: 'depends on the token type',
  replacement: REPLACEMENT,
  keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
  pattern: /(?<![A-Za-z0-9_-])(vc[pikar]_[A-Za-z0-9_-]{56})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  lifetimeOf: (t) => KINDS[t.slice(0, 4)],
  describe: (t) => KINDS[t.slice(0, 4)]?.title,
  fixes: ciSecretStoreFix('VERCEL_TOKEN'),
  prefix: 'vcp_',
  examples: () => ({
    match: [
      `VERCEL_TOKEN=${fake('vcp_', ALNUM, 56)}`,
      `AI_GATEWAY_API_KEY="${fake('vck_', ALNUM, 56)}"`,
      `{"access_token": "${fake('vca_', ALNUM, 56)}", "refresh_token": "${fake('vcr_', ALNUM, 56)}"}`,
    ],
    noMatch: ['VERCEL_TOKEN=vcp_abc', `token = "${fake('vct_', ALNUM, 56)}"`, `VERCEL_TOKEN=${fake('vcp_', ALNUM, 30)}`],
  }),
};

export const vercelLegacyToken: PatternRule = {
  kind: 'pattern',
  id: 'vercel-legacy-token',
  title: 'Vercel access token (legacy format)',
  category: 'secret',
  severity: 'error',
  description: 'A Vercel access token in the older 24-character format next to a Vercel name; it deploys and reads environment variables of every project in its scope.',
  remediation: 'Delete the token (Account Settings > Tokens) and create a project-scoped token with an expiry, kept in the CI secret store.',
  lifetime: 'long',
  lifetimeDetail: 'expires on the date chosen at creation (or never)',
  replacement: REPLACEMENT,
  keywords: ['vercel'],
  pattern: /(?<![A-Za-z0-9_-])([A-Za-z0-9]{24})(?![A-Za-z0-9_-])/,
  validate: assignedTo({ name: /token|key|secret/i, provider: /vercel/i, what: 'a Vercel token setting' }),
  entropy: 3.5,
  examples: () => ({
    match: [`VERCEL_TOKEN=${fakeChars(ALNUM, 24, 'env')}`, `  - run: vercel deploy --prod --token=$VERCEL_TOKEN\n    env:\n      VERCEL_TOKEN: ${fakeChars(ALNUM, 24, 'yml')}`],
    noMatch: ['VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }}', 'vercel_key = AAAAAAAAAAAAAAAAAAAAAAAA', `VERCEL_ORG_ID=${fakeChars(ALNUM, 24, 'org')}`],
  }),
};

export const vercelRules: PatternRule[] = [vercelToken, vercelLegacyToken];
