import type { PatternRule } from '../../index.js';
import { keyedSecret } from './keyed.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';

/**
 * Travis CI API tokens are 22 URL-safe base64 characters with no prefix: the rule needs `travis` and a key-ish
 * word in the assignment, and an entropy floor for 22 random characters.
 */
export const travisCiToken: PatternRule = {
  kind: 'pattern',
  id: 'travis-ci-token',
  title: 'Travis CI API token',
  category: 'secret',
  severity: 'error',
  description: 'A 22-character value assigned to a Travis CI token setting: an API token acting as its user, able to read settings and restart or trigger builds.',
  remediation:
    'Regenerate the token in the Travis CI account settings (which invalidates the old one) and keep the new one in encrypted environment variables or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until regenerated',
  keywords: ['travis'],
  ...keyedSecret({ names: 'travis', keys: 'token|secret|api[_-]?key|auth|key', value: '[A-Za-z0-9_-]{22}', after: /[\w-]/ }),
  // 22 random base64url characters score above 3.5 nearly always; words and counters do not.
  entropy: 3.5,
  examples: () => ({
    match: [`TRAVIS_API_TOKEN=${fakeChars(BASE64URL, 22, 'env')}`, `travis_token: "${fakeChars(BASE64URL, 22, 'yaml')}"`],
    noMatch: [`token: "${fakeChars(BASE64URL, 22, 'plain')}"`, 'TRAVIS_TOKEN=aaaaaaaaaaaaaaaaaaaaaa', `TRAVIS_BUILD_NUMBER=${fakeChars('0123456789', 22, 'n')}`],
  }),
};
