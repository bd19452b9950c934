import type { PatternRule } from '../../index.js';
import { base62, crc32 } from '../../util/hash.js';
import { ALNUM, fake, fakeCrcToken } from '../testing/fake.js';

/**
 * npm access tokens (2021 format): `npm_`, 30 base62 characters and a 6-character base62 CRC32 of those 30, the
 * scheme GitHub uses, so a made-up or truncated value fails offline.
 */
export function npmChecksumValid(token: string): true | string {
  return base62(crc32(token.slice(4, 34)), 6) === token.slice(34, 40) ? true : 'npm token checksum (CRC32) does not match: not a real token';
}

export const npmAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'npm-access-token',
  title: 'npm access token',
  category: 'secret',
  severity: 'error',
  description: 'An npm access token (npm_) with a valid checksum; publish-capable tokens can push new versions of every package their owner maintains.',
  remediation:
    'Revoke the token (npmjs.com > Access Tokens, or npm token revoke), then publish from CI with npm trusted publishing (OIDC) and give installs a read-only granular token from the CI secret store.',
  lifetime: 'long',
  // npm_ is the format of both granular and classic (legacy) tokens, so the value cannot tell them apart. npm
  // revoked every classic token on 2025-12-09; granular tokens with write access live at most 90 days since.
  lifetimeDetail: 'granular tokens expire on the date set at creation (write access at most 90 days since late 2025); classic tokens never expired until npm revoked them in December 2025',
  replacement: 'npm trusted publishing (OIDC from GitHub Actions or GitLab CI/CD)',
  keywords: ['npm_'],
  pattern: /\b(npm_[A-Za-z0-9]{36})\b/,
  validate: npmChecksumValid,
  prefix: 'npm_',
  examples: () => ({
    match: [
      `//registry.npmjs.org/:_authToken=${fakeCrcToken('npm_')}`,
      `NPM_TOKEN: "${fakeCrcToken('npm_', 'yaml')}"`,
      `export NODE_AUTH_TOKEN='${fakeCrcToken('npm_', 'sh')}'`,
    ],
    noMatch: [`NPM_TOKEN=${fake('npm_', ALNUM, 36)}`, '//registry.npmjs.org/:_authToken=${NPM_TOKEN}', `NPM_TOKEN=${fakeCrcToken('npm_')}extra`],
  }),
};
