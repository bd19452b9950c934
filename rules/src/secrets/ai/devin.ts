import type { PatternRule } from '../../index.js';
import { fake, fakeChars, HEX } from '../testing/fake.js';
import { base64Encode } from '../saas/context.js';

/**
 * Cognition Devin API credentials, by their documented prefixes (docs.devin.ai, API reference > Authentication):
 * `apk_user_` personal API keys, `apk_` service API keys, and `cog_` service-user credentials. The `apk_` keys are
 * standard base64 of the principal and a random part (`org-…:…`, `user-…_org-…:…`), which `validate` decodes: a bare
 * `apk_` is too short a prefix to trust on its own. `cog_` tokens are 52 lower-case base32 characters.
 */

const base = {
  kind: 'pattern' as const,
  category: 'secret' as const,
  severity: 'error' as const,
  lifetime: 'static' as const,
  lifetimeDetail: 'never expires; valid until revoked',
};

const SERVICE_USERS = 'Devin service users (cog_ credentials) with only the roles the automation needs';

/** The decoded `apk_` body starts with the principal it belongs to. */
function decodesToPrincipal(body: string, principal: RegExp): true | string {
  let decoded: string;
  try {
    decoded = atob(body);
  } catch {
    return 'not base64';
  }
  if (!/^[\x20-\x7e]+$/.test(decoded)) return 'does not decode to text';
  return principal.test(decoded) ? true : 'does not decode to a Devin principal';
}

const orgKey = (salt: string) => base64Encode(`org-${fakeChars(HEX, 32, `o${salt}`)}:${fakeChars(HEX, 32, `k${salt}`)}`);
const userKey = (salt: string) =>
  base64Encode(`user-${fakeChars(HEX, 32, `u${salt}`)}_org-${fakeChars(HEX, 32, `o${salt}`)}:${fakeChars(HEX, 32, `k${salt}`)}`);

export const devinPersonalApiKey: PatternRule = {
  ...base,
  id: 'devin-personal-api-key',
  title: 'Devin personal API key',
  description: 'A Devin personal API key (apk_user_); it starts and reads Devin sessions with the permissions of the user who created it.',
  remediation:
    'Revoke the key under Settings > API Keys in Devin, and for automation use a service user credential kept in the CI secret store instead of a personal key.',
  replacement: SERVICE_USERS,
  keywords: ['apk_user_'],
  pattern: /(?<![\w-])(apk_user_[A-Za-z0-9+/]{120,180}={0,2})(?![\w+/=-])/,
  entropy: 3.5,
  validate: (key) => decodesToPrincipal(key.slice('apk_user_'.length), /^user-[\w-]{4,64}_org-[\w-]{4,64}:/),
  prefix: 'apk_user_',
  examples: () => ({
    match: [`DEVIN_API_KEY=apk_user_${userKey('a')}`, `headers = {"Authorization": "Bearer apk_user_${userKey('b')}"}`],
    noMatch: [`DEVIN_API_KEY=apk_user_${base64Encode(fakeChars(HEX, 100, 'plain'))}`, 'DEVIN_API_KEY=apk_user_...'],
  }),
};

export const devinServiceApiKey: PatternRule = {
  ...base,
  id: 'devin-service-api-key',
  title: 'Devin service API key',
  description: 'A Devin service API key (apk_); it starts and reads Devin sessions for the whole organisation.',
  remediation:
    'Revoke the key in the Devin organisation settings, move automation to a service user credential with a narrow role, and keep it in the CI secret store.',
  replacement: SERVICE_USERS,
  keywords: ['apk_'],
  pattern: /(?<![\w-])(apk_[A-Za-z0-9+/]{80,100}={0,2})(?![\w+/=-])/,
  entropy: 3.5,
  validate: (key) => decodesToPrincipal(key.slice('apk_'.length), /^org-[\w-]{4,64}:/),
  prefix: 'apk_',
  examples: () => ({
    match: [`DEVIN_API_KEY=apk_${orgKey('a')}`, `devin_key: "apk_${orgKey('b')}"`],
    noMatch: [`apk_file = "${fake('apk_', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 90, 'random')}"`, `DEVIN_API_KEY=apk_user_${userKey('c')}`],
  }),
};

export const devinServiceUserToken: PatternRule = {
  ...base,
  id: 'devin-service-user-token',
  title: 'Devin service user credential',
  description: 'A Devin service user credential (cog_); it calls the Devin v3 API with the roles given to the service user, possibly across the enterprise.',
  remediation:
    'Revoke the credential under Settings > Service users in Devin, issue a new one, and keep it in the CI or platform secret store rather than in code.',
  keywords: ['cog_'],
  pattern: /(?<![\w-])(cog_[a-z2-7]{52})(?![\w-])/,
  entropy: 3.5,
  prefix: 'cog_',
  examples: () => ({
    match: [`DEVIN_API_KEY=${fake('cog_', 'abcdefghijklmnopqrstuvwxyz234567', 52, 'a')}`, `-H "Authorization: Bearer ${fake('cog_', 'abcdefghijklmnopqrstuvwxyz234567', 52, 'b')}"`],
    noMatch: [`DEVIN_API_KEY=${fake('cog_', 'abcdefghijklmnopqrstuvwxyz234567', 20, 'short')}`, 'Authorization: Bearer cog_your_token_here'],
  }),
};
