import type { PatternRule } from '../../rule.js';
import { fakeChars } from '../testing/fake.js';
import { fakeUuid, KEY_WORDS, precededBy, UUID } from '../saas/context.js';

/**
 * Logz.io shipping tokens are 32 letters; API tokens are UUIDs. Neither is prefixed, so the Logz.io name must be on
 * the line (`LOGZIO_TOKEN`, `logz_api_token`, the `listener.logz.io` host).
 */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export const logzioToken: PatternRule = {
  kind: 'pattern',
  id: 'logzio-token',
  title: 'Logz.io shipping or API token',
  category: 'secret',
  severity: 'error',
  description: 'A Logz.io shipping token (32 letters, writes logs, metrics and traces into the account) or API token (a UUID, reads and manages the account).',
  remediation:
    'Delete the token under Settings > Manage tokens in Logz.io, create a new one, and pass it to shippers and the API client through a secret manager or environment variable.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['logz'],
  pattern: new RegExp(`\\b([A-Za-z]{32}|${UUID})\\b`),
  entropy: 3.3,
  validate: precededBy({ names: /logz/i, keys: KEY_WORDS }),
  examples: () => ({
    match: [
      `LOGZIO_LOGS_TOKEN=${fakeChars(LETTERS, 32, 'ship')}`,
      `logzio_api_token = "${fakeUuid('api')}"`,
      `const logger = createLogger({ type: 'logzio', token: '${fakeChars(LETTERS, 32, 'js')}' });`,
    ],
    noMatch: [`LOGZIO_REGION=${fakeChars('abcdefghijklmnopqrstuvwxyz', 32, 'region')}`, `logzio_account_id: ${fakeUuid('acct')}`],
  }),
};
