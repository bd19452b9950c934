import type { LifetimeInfo, PatternRule } from '../../index.js';
import { keyedSecret } from '../ci-cd/keyed.js';
import { base62, crc32 } from '../../util/hash.js';
import { fake, fakeChars, fakeCrcToken, ALNUM, BASE64URL, HEX } from '../testing/fake.js';

/**
 * GitHub's token formats (2021): a type prefix, 30 base62 characters and a 6-character base62 CRC32 of those
 * 30, so a made-up or truncated value fails offline. Lifetimes per GitHub's documentation: installation tokens
 * expire after 1 hour, user-to-server tokens after 8 hours, refresh tokens after 6 months; classic PATs and
 * OAuth app tokens do not expire unless set to.
 */
export function githubChecksumValid(token: string): true | string {
  const body = token.slice(4, 34);
  const sum = token.slice(34, 40);
  return base62(crc32(body), 6) === sum ? true : 'GitHub token checksum (CRC32) does not match: not a real token';
}

const KINDS: Record<string, LifetimeInfo & { title: string }> = {
  ghp_: { title: 'GitHub personal access token (classic)', lifetime: 'static', detail: 'never expires unless an expiry was set' },
  gho_: { title: 'GitHub OAuth access token', lifetime: 'static', detail: 'valid until revoked' },
  ghu_: { title: 'GitHub App user-to-server token', lifetime: 'short', detail: 'expires after 8 hours' },
  ghs_: { title: 'GitHub App installation token', lifetime: 'short', detail: 'expires after 1 hour' },
  ghr_: { title: 'GitHub App refresh token', lifetime: 'long', detail: 'valid for 6 months' },
};

const REPLACEMENT = 'GitHub App installation tokens, the workflow GITHUB_TOKEN, or OIDC federation for cloud access';

export const githubToken: PatternRule = {
  kind: 'pattern',
  id: 'github-token',
  title: 'GitHub token',
  category: 'secret',
  severity: 'error',
  description: 'A GitHub token (classic PAT, OAuth, App user, installation or refresh token) with a valid checksum.',
  remediation:
    'Revoke the token in GitHub settings, then read it from the environment or a secret store. In Actions use the built-in GITHUB_TOKEN or a GitHub App installation token; for cloud access use OIDC.',
  lifetime: 'static',
  replacement: REPLACEMENT,
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  pattern: /\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36})\b/,
  validate: githubChecksumValid,
  lifetimeOf: (token) => KINDS[token.slice(0, 4)],
  describe: (token) => KINDS[token.slice(0, 4)]?.title,
  prefix: 'ghp_',
  examples: () => ({
    match: [
      `GITHUB_TOKEN=${fakeCrcToken('ghp_')}`,
      `token: "${fakeCrcToken('ghs_')}"`,
      `const t = '${fakeCrcToken('gho_')}';`,
    ],
    noMatch: [
      // right shape, wrong checksum
      `GITHUB_TOKEN=${fake('ghp_', ALNUM, 36)}`,
      'token: ghp_${{ secrets.TOKEN }}',
      `GITHUB_TOKEN=${fakeCrcToken('ghx_')}`,
    ],
  }),
};

export const githubFineGrainedPat: PatternRule = {
  kind: 'pattern',
  id: 'github-fine-grained-pat',
  title: 'GitHub fine-grained personal access token',
  category: 'secret',
  severity: 'error',
  description: 'A GitHub fine-grained personal access token (github_pat_). It expires, but only after the lifetime its owner chose (up to a year, or never where the organisation allows it).',
  remediation: 'Revoke it in GitHub settings and use a GitHub App installation token or the workflow GITHUB_TOKEN instead.',
  lifetime: 'long',
  lifetimeDetail: 'expires on the date its owner set (up to 1 year)',
  replacement: REPLACEMENT,
  keywords: ['github_pat_'],
  // github_pat_ + 22 base62 id + _ + 59 base62 secret (the last 6 of which are a checksum we cannot verify without the key id format)
  pattern: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/,
  entropy: 3.5,
  prefix: 'github_pat_',
  examples: () => ({
    match: [
      `GH_TOKEN=github_pat_${fake('', ALNUM, 22, 'id')}_${fake('', ALNUM, 59, 'secret')}`,
      `git clone https://x-access-token:github_pat_${fake('', ALNUM, 22, 'id2')}_${fake('', ALNUM, 59, 'secret2')}@github.com/acme/app.git`,
    ],
    noMatch: [
      'GH_TOKEN=github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      `GH_TOKEN=github_pat_${fake('', ALNUM, 22, 'id3')}_${fake('', ALNUM, 40, 'short')}`,
    ],
  }),
};

function decodeJwtPart(part: string): Record<string, unknown> | undefined {
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const value: unknown = JSON.parse(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)));
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const jwtPart = (obj: object) => btoa(JSON.stringify(obj)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Builds a stateless installation token (`ghs_<app id>_<JWT>`) for examples, at run time. */
function fakeStatelessInstallationToken(appId: string, exp: number): string {
  const header = jwtPart({ alg: 'RS256', typ: 'JWT', kid: fakeChars(ALNUM, 12, 'kid') });
  const claims = jwtPart({ iss: appId, sub: `installation:${appId}7`, iat: exp - 3600, exp, jti: fakeChars(ALNUM, 22, appId) });
  return `ghs_${appId}_${header}.${claims}.${fakeChars(BASE64URL, 342, `sig${appId}`)}`;
}

/**
 * GitHub's stateless installation token format (rolled out from April 2026): `ghs_<app id>_<JWT>`, about 520
 * characters. Only the JWT's header is checked (it must decode to JSON naming an algorithm): the signature is
 * GitHub-internal. Its `exp` gives the exact expiry.
 */
export const githubAppInstallationToken: PatternRule = {
  kind: 'pattern',
  id: 'github-app-installation-token',
  title: 'GitHub App installation token (stateless format)',
  category: 'secret',
  severity: 'error',
  description:
    'A GitHub App installation token in the stateless ghs_<app id>_<JWT> format; until it expires it acts with every permission granted to the installation.',
  remediation:
    'Revoke it (DELETE /installation/token) and mint installation tokens at run time from the App\'s key (for example actions/create-github-app-token) instead of storing them.',
  lifetime: 'short',
  lifetimeDetail: 'expires after 1 hour',
  replacement: REPLACEMENT,
  keywords: ['ghs_'],
  pattern: /(?<![A-Za-z0-9_-])(ghs_[0-9]{1,12}_eyJ[A-Za-z0-9_-]{8,1000}\.eyJ[A-Za-z0-9_-]{8,3000}\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_.-])/,
  validate: (token) => {
    const jwt = token.slice(token.indexOf('_', 4) + 1);
    const header = decodeJwtPart(jwt.split('.')[0]!);
    return header && typeof header.alg === 'string' ? true : 'JWT header does not decode: not a real token';
  },
  lifetimeOf: (token) => {
    const claims = decodeJwtPart(token.split('.')[1] ?? '');
    if (typeof claims?.exp !== 'number') return undefined;
    return { lifetime: 'short', detail: 'expires after 1 hour', expiresAt: new Date(claims.exp * 1000).toISOString() };
  },
  prefix: 'ghs_',
  examples: () => ({
    match: [
      `GITHUB_TOKEN=${fakeStatelessInstallationToken('123456', 1780000000)}`,
      `const octokit = new Octokit({ auth: "${fakeStatelessInstallationToken('98765', 1781000000)}" });`,
    ],
    noMatch: [
      // header segment is not base64 JSON
      `GITHUB_TOKEN=ghs_123456_eyJ${fakeChars(ALNUM, 30, 'h')}.eyJ${fakeChars(ALNUM, 60, 'p')}.${fakeChars(ALNUM, 40, 's')}`,
      'GITHUB_TOKEN=ghs_<app id>_<jwt>',
    ],
  }),
};

/**
 * Tokens issued before GitHub's 2021 format change are 40 lowercase hex characters with no prefix, and classic
 * ones still work if they were never revoked. With no prefix, the rule needs `github`/`gh_` and a key-ish word
 * in the same assignment, and a hex entropy floor to skip counters and fillers. OAuth app client secrets have
 * the same shape and are reported too.
 */
export const githubLegacyToken: PatternRule = {
  kind: 'pattern',
  id: 'github-legacy-token',
  title: 'GitHub token or OAuth secret (pre-2021 format)',
  category: 'secret',
  severity: 'error',
  description:
    'A 40-character hex value assigned to a GitHub token, password or client-secret setting: the format of personal access tokens and OAuth app secrets issued before April 2021.',
  remediation:
    'Revoke the token (Settings > Developer settings) or reset the OAuth app\'s client secret, then read the replacement from the environment or a secret store; prefer a GitHub App or the workflow GITHUB_TOKEN.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  replacement: REPLACEMENT,
  keywords: ['github', 'gh_'],
  ...keyedSecret({ names: String.raw`github|\bgh_`, keys: 'token|pat|secret|password|passwd|auth|credential|api[_-]?key', value: '[0-9a-f]{40}', after: /[0-9a-z]/i }),
  // 40 hex chars from a random source score about 3.7; repeated or counting fillers fall below 3.
  entropy: 3.0,
  examples: () => ({
    match: [
      `GITHUB_TOKEN=${fakeChars(HEX, 40, 'env')}`,
      `  github_oauth_client_secret: "${fakeChars(HEX, 40, 'yaml')}"`,
      `export GH_TOKEN='${fakeChars(HEX, 40, 'sh')}'`,
      `{"github_api_key": "${fakeChars(HEX, 40, 'json')}"}`,
    ],
    noMatch: [
      `GITHUB_SHA=${fakeChars(HEX, 40, 'sha')}`,
      `uses: actions/checkout@${fakeChars(HEX, 40, 'pin')} # github action pin`,
      'GITHUB_TOKEN=0000000000000000000000000000000000000000',
      `token = ${fakeChars(HEX, 40, 'notgh')}`,
    ],
  }),
};
