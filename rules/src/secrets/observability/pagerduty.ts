import type { PatternRule } from '../../rule.js';
import { fakeChars, HEX } from '../testing/fake.js';
import { KEY_WORDS, precededBy } from '../saas/context.js';

/**
 * PagerDuty REST API keys are 20 characters from letters, digits, `_`, `-` and `+` (user keys start `u+`); Events
 * API v2 integration (routing) keys are 32 hex digits. Neither is prefixed, so both need a PagerDuty name, and the
 * routing key may sit one or two lines under it (`pagerduty_configs:` then `- routing_key:` in Alertmanager).
 */
const API_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

export const pagerDutyApiKey: PatternRule = {
  kind: 'pattern',
  id: 'pagerduty-api-key',
  title: 'PagerDuty REST API key',
  category: 'secret',
  severity: 'error',
  description: 'A PagerDuty REST API key (20 characters next to a PagerDuty name); account keys read and change services, schedules and incidents account-wide.',
  remediation:
    'Delete the key under Integrations > API Access Keys (or the user\'s User Settings) in PagerDuty, create a read-only or scoped key where possible, and keep it in a secret manager; apps can use PagerDuty OAuth scoped tokens instead.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  replacement: 'PagerDuty scoped OAuth app tokens',
  keywords: ['pagerduty', 'pager_duty', 'pager-duty'],
  pattern: /(?<![\w+-])([A-Za-z0-9_+-]{20})(?![\w+-])/,
  entropy: 3.3,
  validate: precededBy({ names: /pager[_-]?duty/i, keys: KEY_WORDS, unless: /routing|integration|service[_-]?key/i }),
  examples: () => ({
    match: [
      `PAGERDUTY_API_KEY=${fakeChars(API_CHARS, 20, 'env')}`,
      `pagerduty_token = "u+${fakeChars(API_CHARS, 18, 'tf')}"`,
      `pd = PagerDutyClient(api_key="${fakeChars(API_CHARS, 20, 'py')}")`,
    ],
    noMatch: [
      `PAGERDUTY_SERVICE_TITLE=${fakeChars('abcdefghijklmnopqrstuvwxyz', 20, 'svc')}`,
      'PAGERDUTY_API_KEY=<your-api-key-here>',
      `pagerduty routing_key: ${fakeChars(API_CHARS, 20, 'rk')}`,
    ],
  }),
};

export const pagerDutyIntegrationKey: PatternRule = {
  kind: 'pattern',
  id: 'pagerduty-integration-key',
  title: 'PagerDuty Events API integration key',
  category: 'secret',
  severity: 'warning',
  description: 'A PagerDuty Events API v2 integration (routing) key; anyone holding it can trigger, acknowledge and resolve incidents on the service, paging its on-call people.',
  remediation:
    'Delete the integration on the PagerDuty service and add a new one, then load the routing key from a secret (Alertmanager supports routing_key_file) rather than the config file.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until the integration is deleted',
  keywords: ['pagerduty', 'pager_duty', 'pager-duty'],
  pattern: /\b([a-f0-9]{32})\b/,
  entropy: 3,
  linesAround: 2,
  validate: precededBy({ names: /pager[_-]?duty/i, keys: /routing|integration|service[_-]?key|routing_key/i, lines: 2, reach: 240 }),
  examples: () => ({
    match: [
      `receivers:\n  - name: oncall\n    pagerduty_configs:\n      - routing_key: ${fakeChars(HEX, 32, 'am')}`,
      `PAGERDUTY_INTEGRATION_KEY=${fakeChars(HEX, 32, 'env')}`,
    ],
    noMatch: [`pagerduty_configs:\n  - url: https://events.pagerduty.com/v2/enqueue\n    client: ${fakeChars(HEX, 32, 'cl')}`],
  }),
};
