import type { PatternRule } from '../../rule.js';
import { fakeChars, HEX } from '../testing/fake.js';
import { precededBy } from '../saas/context.js';

/**
 * Rollbar access tokens are 32 hex digits with no prefix. `post_client_item` tokens are shipped to browsers on
 * purpose, so a line that names the client token is skipped; server, read and write tokens are reported.
 */
export const rollbarAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'rollbar-access-token',
  title: 'Rollbar access token',
  category: 'secret',
  severity: 'error',
  description: 'A Rollbar project or account access token (32 hex digits next to a Rollbar name); server tokens post items, read tokens expose error payloads, write tokens change project settings.',
  remediation:
    'Disable or rotate the token under Project Settings > Project Access Tokens in Rollbar, and load the new one from an environment variable (ROLLBAR_ACCESS_TOKEN) or secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until disabled',
  keywords: ['rollbar'],
  pattern: /\b([a-f0-9]{32})\b/,
  entropy: 3,
  // `Rollbar.configure do |config|` puts the name a line above `config.access_token = ...`; `_rollbarConfig` is the
  // browser snippet, whose token is public.
  linesAround: 2,
  validate: precededBy({ names: /rollbar/i, keys: /token|key|secret|access/i, unless: /client|browser|public|_rollbarConfig/i, lines: 2, reach: 200 }),
  examples: () => ({
    match: [
      `ROLLBAR_ACCESS_TOKEN=${fakeChars(HEX, 32, 'env')}`,
      `rollbar_server_token: "${fakeChars(HEX, 32, 'yaml')}"`,
      `Rollbar.configure do |config|\n  config.access_token = '${fakeChars(HEX, 32, 'rb')}'\nend`,
    ],
    noMatch: [
      `var _rollbarConfig = { accessToken: "${fakeChars(HEX, 32, 'browser')}", captureUncaught: true }; // post_client_item`,
      `ROLLBAR_ENVIRONMENT_ID=${fakeChars(HEX, 32, 'id')}`,
    ],
  }),
};
