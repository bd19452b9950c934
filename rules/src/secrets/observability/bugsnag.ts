import type { PatternRule } from '../../rule.js';
import { fakeUuid, precededBy, UUID } from '../saas/context.js';

/**
 * Bugsnag personal auth tokens (Data Access API) are UUIDs. Notifier API keys (32 hex) are compiled into apps and
 * browsers by design, so they are not reported; a line that names the notifier or API key is skipped.
 */
export const bugsnagAuthToken: PatternRule = {
  kind: 'pattern',
  id: 'bugsnag-auth-token',
  title: 'Bugsnag personal auth token',
  category: 'secret',
  severity: 'error',
  description: 'A Bugsnag (SmartBear Insight Hub) personal auth token; it reads every project\'s errors and events, with their user data, through the Data Access API.',
  remediation:
    'Revoke the token under My account settings > Personal auth tokens in Bugsnag, create a new one, and keep it in a secret manager or CI secret rather than the repository.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  keywords: ['bugsnag'],
  pattern: new RegExp(`\\b(${UUID})\\b`),
  entropy: 3,
  validate: precededBy({ names: /bugsnag/i, keys: /token|auth|secret/i, unless: /api[_-]?key|notifier|notify/i }),
  examples: () => ({
    match: [
      `BUGSNAG_AUTH_TOKEN=${fakeUuid('env')}`,
      `bugsnag_data_access_token: "${fakeUuid('yaml')}"`,
      `const client = new BugsnagDataApi({ authToken: '${fakeUuid('ts')}' });`,
    ],
    noMatch: [`BUGSNAG_PROJECT_ID=${fakeUuid('proj')}`, `bugsnag_api_key: "${fakeUuid('notifier')}"`],
  }),
};
