import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';

/**
 * Sourcegraph access tokens (5.x+): `sgp_`, then a 16-hex instance identifier or `local`, then `_` and 40 hex
 * characters; tokens from before 5.0 are `sgp_` + 40 hex.
 */
export const sourcegraphAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'sourcegraph-access-token',
  title: 'Sourcegraph access token',
  category: 'secret',
  severity: 'error',
  description: 'A Sourcegraph access token (sgp_), which searches and reads all code its owner can see on the instance, and more with the site-admin scope.',
  remediation:
    'Delete the token under Settings > Access tokens on the instance, and give the integration a new one read from a secret store, with an expiry.',
  lifetime: 'unknown',
  lifetimeDetail: 'expires only if an expiry was chosen or the instance enforces one',
  keywords: ['sgp_'],
  pattern: /\b(sgp_(?:(?:[a-fA-F0-9]{16}|local)_)?[a-fA-F0-9]{40})\b/,
  entropy: 3.0,
  prefix: 'sgp_',
  examples: () => ({
    match: [
      `SRC_ACCESS_TOKEN=sgp_${fakeChars(HEX, 16, 'inst')}_${fakeChars(HEX, 40, 'tok')}`,
      `src login --token sgp_local_${fakeChars(HEX, 40, 'local')}`,
      `"token": "sgp_${fakeChars(HEX, 40, 'old')}"`,
    ],
    noMatch: ['SRC_ACCESS_TOKEN=sgp_5555555dAAAAA7777777CcccCFaaaaaaaaaaaaaa', `SRC_ACCESS_TOKEN=sgp_${fakeChars(HEX, 30, 'short')}`],
  }),
};
