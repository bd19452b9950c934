import type { PatternRule } from '../../index.js';
import { ALNUM, BASE64URL, HEX, fakeChars } from '../testing/fake.js';
import { crc32Hex } from './checksums.js';
import { assignedTo, KEYISH, settingName } from './shared.js';

/**
 * Cloudflare. Since 2026 credentials are scannable: `cfut_` (user API token), `cfat_` (account API token) and
 * `cfk_` (Global API Key), then 40 alphanumerics and an 8-hex checksum (CRC32 of the 40, as GitHub secret
 * scanning verifies it). Older API tokens (40 characters), Global API Keys (37 hex) have no prefix and need a
 * Cloudflare name; Origin CA keys start with v1.0-.
 */

const REPLACEMENT = 'scoped API tokens with an expiry (TTL) and client IP filtering, stored in the CI secret store';

const GLOBAL_KEY_SETTING = assignedTo({ name: KEYISH, provider: /cloudflare|^cf[_.-]/i, what: 'a Cloudflare key setting' });

const GLOBAL_REMEDIATION =
  'Roll the Global API Key (My Profile > API Tokens > Global API Key > Roll) and replace every use with scoped API tokens that expire.';

function cloudflareChecksum(token: string): true | string {
  const body = token.slice(token.indexOf('_') + 1);
  return crc32Hex(body.slice(0, 40)) === body.slice(40) ? true : 'Cloudflare token checksum (CRC32) does not match: not a real token';
}

const sample = (prefix: string, salt: string) => {
  const body = fakeChars(ALNUM, 40, prefix + salt);
  return `${prefix}${body}${crc32Hex(body)}`;
};

export const cloudflareApiToken: PatternRule = {
  kind: 'pattern',
  id: 'cloudflare-api-token',
  title: 'Cloudflare API token',
  category: 'secret',
  severity: 'error',
  description: 'A Cloudflare user (cfut_) or account (cfat_) API token with a valid checksum; it can do everything its permission policies allow on the zones and accounts it covers.',
  remediation:
    'Roll or delete the token (My Profile > API Tokens, or Manage Account > Account API Tokens), then keep a narrowly scoped token with an expiry and IP filtering in your CI secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless a TTL was set at creation',
  replacement: REPLACEMENT,
  keywords: ['cfut_', 'cfat_'],
  pattern: /(?<![A-Za-z0-9])(cf[ua]t_[A-Za-z0-9]{40}[a-f0-9]{8})(?![A-Za-z0-9])/,
  validate: cloudflareChecksum,
  describe: (t) => (t.startsWith('cfat_') ? 'Cloudflare account API token' : 'Cloudflare user API token'),
  prefix: 'cfut_',
  examples: () => ({
    match: [
      `CLOUDFLARE_API_TOKEN=${sample('cfut_', 'env')}`,
      `# wrangler.toml\naccount_id = "${fakeChars(HEX, 32)}"\nCF_API_TOKEN = "${sample('cfat_', 'toml')}"`,
      `req.Header.Set("Authorization", "Bearer ${sample('cfut_', 'go')}")`,
    ],
    noMatch: [
      // right shape, wrong checksum
      `CLOUDFLARE_API_TOKEN=cfut_${fakeChars(ALNUM, 40)}${fakeChars(HEX, 8)}`,
      'return strings.HasPrefix(s, "cfut_")',
      `token := "cfut_${fakeChars(ALNUM, 20)}"`,
    ],
  }),
};

export const cloudflareGlobalApiKey: PatternRule = {
  kind: 'pattern',
  id: 'cloudflare-global-api-key',
  title: 'Cloudflare Global API Key',
  category: 'secret',
  severity: 'error',
  description: 'A Cloudflare Global API Key (cfk_) with a valid checksum; with the account email it has full access to everything the user can reach.',
  remediation: GLOBAL_REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'never expires until rolled',
  replacement: REPLACEMENT,
  keywords: ['cfk_'],
  pattern: /(?<![A-Za-z0-9])(cfk_[A-Za-z0-9]{40}[a-f0-9]{8})(?![A-Za-z0-9])/,
  validate: cloudflareChecksum,
  prefix: 'cfk_',
  examples: () => ({
    match: [`CLOUDFLARE_API_KEY=${sample('cfk_', 'env')}`, `-H "X-Auth-Key: ${sample('cfk_', 'curl')}"`],
    noMatch: [`CLOUDFLARE_API_KEY=cfk_${fakeChars(ALNUM, 40)}${fakeChars(HEX, 8)}`, 'CLOUDFLARE_API_KEY=<global-api-key>'],
  }),
};

export const cloudflareLegacyGlobalApiKey: PatternRule = {
  kind: 'pattern',
  id: 'cloudflare-legacy-global-api-key',
  title: 'Cloudflare Global API Key (pre-2026 format)',
  category: 'secret',
  severity: 'error',
  description: 'A Cloudflare Global API Key in the older 37-hex form next to a Cloudflare name or an X-Auth-Key header; with the account email it has full access to everything the user can reach.',
  remediation: GLOBAL_REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'never expires until rolled',
  replacement: REPLACEMENT,
  keywords: ['cloudflare', 'x-auth-key', 'cf_api_key', 'cf-api-key'],
  pattern: /(?<![A-Za-z0-9])([a-f0-9]{37})(?![A-Za-z0-9])/,
  validate: (key, ctx) =>
    /^x-auth-key$/i.test(settingName(ctx)) ? true : GLOBAL_KEY_SETTING(key, ctx),
  entropy: 3.0,
  examples: () => ({
    match: [
      `curl -X POST "https://api.cloudflare.com/client/v4/zones/$ZONE/purge_cache" \\\n  -H "X-Auth-Email: ops@example.com" \\\n  -H "X-Auth-Key: ${fakeChars(HEX, 37, 'curl')}"`,
      `cloudflare_global_api_key = "${fakeChars(HEX, 37, 'tf')}"`,
    ],
    noMatch: ['CLOUDFLARE_API_KEY=<global-api-key>', `cloudflare_zone_id = "${fakeChars(HEX, 37)}"`],
  }),
};

export const cloudflareLegacyApiToken: PatternRule = {
  kind: 'pattern',
  id: 'cloudflare-legacy-api-token',
  title: 'Cloudflare API token (pre-2026 format)',
  category: 'secret',
  severity: 'error',
  description: 'A Cloudflare API token in the older 40-character format next to a Cloudflare name; it can do what its permission policies allow until rolled or expired.',
  remediation:
    'Roll or delete the token in the Cloudflare dashboard (API Tokens), then keep a narrowly scoped, expiring token in your CI secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless a TTL was set at creation',
  replacement: REPLACEMENT,
  keywords: ['cloudflare', 'cf_api_token', 'cf-api-token', 'cf_token'],
  pattern: /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
  validate: assignedTo({ name: /^(?!.*(?:_id$|account|zone)).*(?:token|key|secret)/i, provider: /cloudflare|^cf[_.-]/i, what: 'a Cloudflare token setting' }),
  entropy: 3.5,
  examples: () => ({
    match: [`CLOUDFLARE_API_TOKEN=${fakeChars(BASE64URL, 40, 'env')}`, `provider "cloudflare" {\n  api_token = var.token\n}\n# cloudflare_token: "${fakeChars(BASE64URL, 40, 'yaml')}"`],
    noMatch: ['CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}', `cloudflare_account_id = "${fakeChars(BASE64URL, 40, 'id')}"`],
  }),
};

export const cloudflareOriginCaKey: PatternRule = {
  kind: 'pattern',
  id: 'cloudflare-origin-ca-key',
  title: 'Cloudflare Origin CA key',
  category: 'secret',
  severity: 'error',
  description: 'A Cloudflare Origin CA key (v1.0-); it creates, lists and revokes origin certificates for the user\'s zones.',
  remediation:
    'Revoke it (My Profile > API Tokens > Origin CA Key > Change) and use a scoped API token with the SSL and Certificates permission instead.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until changed',
  replacement: REPLACEMENT,
  keywords: ['v1.0-'],
  pattern: /\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b/,
  entropy: 3.0,
  prefix: 'v1.0-',
  examples: () => ({
    match: [`CLOUDFLARE_ORIGIN_CA_KEY=v1.0-${fakeChars(HEX, 24)}-${fakeChars(HEX, 146)}`, `origin_ca_key: "v1.0-${fakeChars(HEX, 24, 'y')}-${fakeChars(HEX, 146, 'y')}"`],
    noMatch: ['version: v1.0-beta', `key = "v1.0-${fakeChars(HEX, 24)}-${fakeChars(HEX, 100)}"`],
  }),
};

export const cloudflareRules: PatternRule[] = [cloudflareApiToken, cloudflareGlobalApiKey, cloudflareOriginCaKey, cloudflareLegacyApiToken, cloudflareLegacyGlobalApiKey];
