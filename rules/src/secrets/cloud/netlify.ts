import type { PatternRule } from '../../index.js';
import { ALNUM, BASE64URL, fake, fakeChars } from '../testing/fake.js';
import { assignedTo, KEYISH } from './shared.js';

/** Netlify personal access tokens: `nfp_` + 36 alphanumerics since 2023; older ones are 43 base64url characters. */

const REMEDIATION =
  'Revoke the token (User settings > Applications > Personal access tokens), then create one with an expiry for the pipeline and keep it in the CI secret store, or deploy through Netlify\'s Git integration.';

export const netlifyToken: PatternRule = {
  kind: 'pattern',
  id: 'netlify-token',
  title: 'Netlify personal access token',
  category: 'secret',
  severity: 'error',
  description: 'A Netlify personal access token (nfp_); it acts as the user on every site and team they can reach: deploys, environment variables, DNS.',
  remediation: REMEDIATION,
  lifetime: 'long',
  lifetimeDetail: 'expires on the date chosen at creation (or never)',
  replacement: 'Netlify Git-based deploys, or expiring tokens in the CI secret store',
  keywords: ['nfp_'],
  pattern: /\b(nfp_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  prefix: 'nfp_',
  examples: () => ({
    match: [`NETLIFY_AUTH_TOKEN=${fake('nfp_', ALNUM, 36)}`, `netlify deploy --prod --auth ${fake('nfp_', ALNUM, 36, 'cli')}`],
    noMatch: ['NETLIFY_AUTH_TOKEN=nfp_<token>', `NETLIFY_AUTH_TOKEN=${fake('nfp_', ALNUM, 20)}`],
  }),
};

export const netlifyLegacyToken: PatternRule = {
  kind: 'pattern',
  id: 'netlify-legacy-token',
  title: 'Netlify access token (legacy format)',
  category: 'secret',
  severity: 'error',
  description: 'A Netlify access token in the older 43-character format next to a Netlify name.',
  remediation: REMEDIATION,
  lifetime: 'long',
  lifetimeDetail: 'expires on the date chosen at creation (or never)',
  replacement: 'Netlify Git-based deploys, or expiring tokens in the CI secret store',
  keywords: ['netlify'],
  pattern: /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  validate: assignedTo({ name: KEYISH, provider: /netlify/i, what: 'a Netlify token setting' }),
  entropy: 3.5,
  examples: () => ({
    match: [`NETLIFY_AUTH_TOKEN=${fakeChars(BASE64URL, 43, 'env')}`, `provider "netlify" {\n  netlify_token = "${fakeChars(BASE64URL, 43, 'tf')}"\n}`],
    noMatch: ['NETLIFY_AUTH_TOKEN: ${{ secrets.NETLIFY_AUTH_TOKEN }}', `NETLIFY_SITE_ID=${fakeChars(BASE64URL, 43, 'site')}`],
  }),
};

export const netlifyRules: PatternRule[] = [netlifyToken, netlifyLegacyToken];
