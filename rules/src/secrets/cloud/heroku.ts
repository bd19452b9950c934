import type { PatternRule } from '../../index.js';
import { BASE64URL, HEX, fake, fakeChars } from '../testing/fake.js';
import { assignedTo } from './shared.js';

/**
 * Heroku API keys and OAuth authorizations. Since 2024 they are `HRKU-AA` + 58 base64url characters; older ones
 * are bare UUIDs, so those need a Heroku name (or the api.heroku.com .netrc entry) next to them.
 */

const uuid = (salt: string) => {
  const h = fakeChars(HEX, 32, salt);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

const REMEDIATION =
  'Regenerate the API key (Account settings) or revoke the authorization (heroku authorizations:revoke), then deploy through Heroku\'s GitHub integration or a scoped, expiring authorization (heroku authorizations:create --expires-in) kept in your CI secret store.';

export const herokuApiKey: PatternRule = {
  kind: 'pattern',
  id: 'heroku-api-key',
  title: 'Heroku API key',
  category: 'secret',
  severity: 'error',
  description: 'A Heroku API key or OAuth token (HRKU-AA); the account API key acts as the user on every app and team they can reach.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'the account API key never expires until regenerated; authorizations expire only if created with an expiry',
  replacement: 'scoped OAuth authorizations with an expiry, or the GitHub integration for deploys',
  keywords: ['hrku-aa'],
  pattern: /(?<![0-9A-Za-z_-])(HRKU-AA[0-9A-Za-z_-]{58})(?![0-9A-Za-z_-])/,
  entropy: 3.5,
  prefix: 'HRKU-',
  examples: () => ({
    match: [`HEROKU_API_KEY=${fake('HRKU-AA', BASE64URL, 58)}`, `machine api.heroku.com\n  login ci@example.com\n  password ${fake('HRKU-AA', BASE64URL, 58, 'netrc')}`],
    noMatch: ['HEROKU_API_KEY=HRKU-AA<your-key>', `HEROKU_API_KEY=${fake('HRKU-AA', BASE64URL, 30)}`],
  }),
};

export const herokuLegacyApiKey: PatternRule = {
  kind: 'pattern',
  id: 'heroku-legacy-api-key',
  title: 'Heroku API key (UUID format)',
  category: 'secret',
  severity: 'error',
  description: 'A Heroku API key in the older UUID format next to a Heroku name or the api.heroku.com .netrc entry.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'never expires until regenerated',
  replacement: 'scoped OAuth authorizations with an expiry, or the GitHub integration for deploys',
  keywords: ['heroku'],
  // .netrc puts "password <key>" two lines under "machine api.heroku.com".
  linesAround: 2,
  pattern: /(?<![0-9A-Za-z-])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9A-Za-z-])/,
  validate: assignedTo({ name: /key|token|secret|password|auth/i, provider: /heroku/i, lines: 2, what: 'a Heroku key setting' }),
  entropy: 3.0,
  examples: () => ({
    match: [`HEROKU_API_KEY=${uuid('env')}`, `machine api.heroku.com\n  login ci@example.com\n  password ${uuid('netrc')}`, `"heroku_token": "${uuid('json')}"`],
    noMatch: ['HEROKU_API_KEY=${HEROKU_API_KEY}', `heroku_app_id: "${uuid('id')}"`, 'const HEROKU_KEY = "12345678-ABCD-ABCD-ABCD-1234567890AB"'],
  }),
};

export const herokuRules: PatternRule[] = [herokuApiKey, herokuLegacyApiKey];
