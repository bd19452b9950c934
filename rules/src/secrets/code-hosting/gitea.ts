import type { PatternRule } from '../../index.js';
import { keyedSecret } from '../ci-cd/keyed.js';
import { HEX, fakeChars } from '../testing/fake.js';

/**
 * Gitea and Forgejo access tokens are 40 hex characters with no prefix (the same shape as a commit SHA), so the
 * product name and a key-ish word must be in the assignment, and the value must not follow a `/` or `@` (URLs
 * and action pins).
 */
export const giteaAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'gitea-access-token',
  title: 'Gitea or Forgejo access token',
  category: 'secret',
  severity: 'error',
  description: 'A 40-hex-character value assigned to a Gitea or Forgejo token setting: an access token acting as its owner on that instance.',
  remediation:
    'Delete the token under Settings > Applications on the instance and read a new, narrowly scoped one from the environment or a secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['gitea', 'forgejo'],
  ...keyedSecret({ names: 'gitea|forgejo', keys: 'token|secret|password|pat|auth|api[_-]?key|access[_-]?key', value: '[0-9a-f]{40}', after: /[0-9a-z]/i }),
  // Random 40-hex values score about 3.7; counters and all-zero placeholders fall below 3.
  entropy: 3.0,
  examples: () => ({
    match: [`GITEA_TOKEN=${fakeChars(HEX, 40, 'env')}`, `  forgejo_api_key: "${fakeChars(HEX, 40, 'yaml')}"`],
    noMatch: [
      `Gitea commit: ${fakeChars(HEX, 40, 'sha')}`,
      'GITEA_TOKEN=0000000000000000000000000000000000000000',
      `GITEA_TOKEN=${fakeChars(HEX, 32, 'short')}`,
    ],
  }),
};
