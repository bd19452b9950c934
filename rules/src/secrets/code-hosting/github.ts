import type { LifetimeInfo, PatternRule } from '../../index.js';
import { base62, crc32 } from '../../util/hash.js';
import { fake, fakeCrcToken, ALNUM } from '../testing/fake.js';

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
  examples: {
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
  },
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
  examples: {
    match: [`GH_TOKEN=github_pat_${fake('', ALNUM, 22, 'id')}_${fake('', ALNUM, 59, 'secret')}`],
    noMatch: ['GH_TOKEN=github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
  },
};
