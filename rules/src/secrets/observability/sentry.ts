import type { PatternRule } from '../../rule.js';
import { BASE64, fakeChars, HEX } from '../testing/fake.js';
import { base64Encode, base64Json, precededBy } from '../saas/context.js';

/**
 * Sentry's token formats. Organisation tokens (`sntrys_`) are `base64(JSON {iat, url, region_url, org})` + `_` +
 * 43 base64 characters (32 random bytes, padding stripped), per Sentry's orgauthtoken_token.py; the JSON is decoded
 * to reject strings that only copy the prefix. User tokens are `sntryu_` + 64 hex; tokens made before 2023 are 64
 * hex with no prefix. DSNs (`https://<32 hex>@o1.ingest.sentry.io/2`) hold a public client key, not a secret.
 */
const ROTATE_ORG = 'Revoke the token in Sentry (Settings > Auth Tokens for organisation tokens), create a new one';
const STORE = 'and pass it to sentry-cli or the bundler plugin through the CI secret SENTRY_AUTH_TOKEN, never a committed file.';

function orgPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split('_');
  return parts.length === 3 ? base64Json(parts[1]!) : undefined;
}

export function fakeSentryOrgToken(org: string, salt = ''): string {
  const payload = { iat: 1717171717.25, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org };
  return `sntrys_${base64Encode(JSON.stringify(payload))}_${fakeChars(BASE64, 43, `sntrys${salt}`)}`;
}

export const sentryOrgToken: PatternRule = {
  kind: 'pattern',
  id: 'sentry-org-token',
  title: 'Sentry organisation auth token',
  category: 'secret',
  severity: 'error',
  description: 'A Sentry organisation auth token (sntrys_); it creates releases and uploads source maps and debug files for every project of the organisation.',
  remediation: `${ROTATE_ORG} ${STORE}`,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  keywords: ['sntrys_'],
  pattern: /\b(sntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])/,
  entropy: 4,
  validate: (token) => {
    const json = orgPayload(token);
    return json && typeof json.iat === 'number' && ('org' in json || 'url' in json)
      ? true
      : 'payload is not the base64 JSON {iat, url, org} of a Sentry token';
  },
  describe: (token) => {
    const json = orgPayload(token);
    const org = typeof json?.org === 'string' && /^[\w-]{1,64}$/.test(json.org) ? json.org : undefined;
    const iat = typeof json?.iat === 'number' ? new Date(json.iat * 1000).toISOString().slice(0, 10) : undefined;
    return org ? `organisation "${org}"${iat ? `, issued ${iat}` : ''}` : undefined;
  },
  prefix: 'sntrys_',
  examples: () => ({
    match: [
      `SENTRY_AUTH_TOKEN=${fakeSentryOrgToken('acme')}`,
      `sentry:\n  authToken: "${fakeSentryOrgToken('shop-web', 'yaml')}"`,
      `sentryWebpackPlugin({ org: "acme", authToken: "${fakeSentryOrgToken('acme', 'js')}" })`,
    ],
    noMatch: [
      // the prefix and shape, but the middle is not a Sentry payload
      `SENTRY_AUTH_TOKEN=sntrys_eyJ${fakeChars(BASE64, 120, 'junk')}_${fakeChars(BASE64, 43, 'x')}`,
      'SENTRY_AUTH_TOKEN=sntrys_${SENTRY_TOKEN}',
    ],
  }),
};

export const sentryUserToken: PatternRule = {
  kind: 'pattern',
  id: 'sentry-user-token',
  title: 'Sentry user auth token',
  category: 'secret',
  severity: 'error',
  description: 'A Sentry personal (user) auth token (sntryu_); it acts as its user with the scopes chosen at creation, across every organisation the user belongs to.',
  remediation: `Revoke the token under User Settings > Personal Tokens in Sentry; for CI use an organisation token or an internal integration, ${STORE}`,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  keywords: ['sntryu_'],
  pattern: /\b(sntryu_[a-f0-9]{64})\b/,
  entropy: 3,
  prefix: 'sntryu_',
  examples: () => ({
    match: [
      `SENTRY_AUTH_TOKEN=sntryu_${fakeChars(HEX, 64, 'env')}`,
      `[auth]\ntoken=sntryu_${fakeChars(HEX, 64, 'sentryclirc')}`,
    ],
    noMatch: [`SENTRY_AUTH_TOKEN=sntryu_${fakeChars(HEX, 63, 'short')}g`, 'token: sntryu_<your token>'],
  }),
};

export const sentryLegacyAuthToken: PatternRule = {
  kind: 'pattern',
  id: 'sentry-auth-token',
  title: 'Sentry auth token (unprefixed)',
  category: 'secret',
  severity: 'error',
  description: 'A Sentry auth token in the format used before 2023 (64 hex digits, no prefix) next to a Sentry token name.',
  remediation: `Revoke the token in Sentry (User Settings > Personal Tokens, or the integration that issued it), create a new one ${STORE}`,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  keywords: ['sentry'],
  pattern: /\b([a-f0-9]{64})\b/,
  entropy: 3,
  validate: precededBy({ names: /sentry/i, keys: /token|auth|api[_.-]?key|secret/i }),
  examples: () => ({
    match: [
      `SENTRY_AUTH_TOKEN=${fakeChars(HEX, 64, 'env')}`,
      `[defaults]\n# sentry-cli\n` + `sentry_token = ${fakeChars(HEX, 64, 'ini')}`,
    ],
    noMatch: [
      `SENTRY_DSN=https://${fakeChars(HEX, 32, 'dsn')}@o450000.ingest.sentry.io/5500000`,
      `sentry_release_sha256: ${fakeChars(HEX, 64, 'sha')}`,
    ],
  }),
};
