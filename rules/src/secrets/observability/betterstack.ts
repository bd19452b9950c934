import type { PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { KEY_WORDS, precededBy } from '../saas/context.js';

/**
 * Better Stack (Logtail, Better Uptime) source tokens and API tokens are 24 alphanumerics with no prefix, so the
 * product name has to be on the line.
 */
export const betterStackToken: PatternRule = {
  kind: 'pattern',
  id: 'betterstack-token',
  title: 'Better Stack (Logtail / Uptime) token',
  category: 'secret',
  severity: 'error',
  description: 'A Better Stack token next to a Better Stack, Logtail or Better Uptime name; source tokens write logs, API tokens manage monitors, status pages and on-call.',
  remediation:
    'Rotate the token in Better Stack (the source\'s settings, or API tokens under the team settings) and give it to the logger or Terraform provider through a secret manager or environment variable.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until rotated or deleted',
  keywords: ['betterstack', 'better_stack', 'better-stack', 'logtail', 'betteruptime', 'better_uptime', 'better-uptime'],
  pattern: /\b([A-Za-z0-9]{24})\b/,
  entropy: 3.5,
  validate: precededBy({ names: /better[_-]?stack|logtail|better[_-]?uptime/i, keys: KEY_WORDS }),
  examples: () => ({
    match: [
      `LOGTAIL_SOURCE_TOKEN=${fakeChars(ALNUM, 24, 'env')}`,
      `betteruptime_api_token = "${fakeChars(ALNUM, 24, 'tf')}"`,
      `environment:\n  BETTER_STACK_SOURCE_TOKEN: "${fakeChars(ALNUM, 24, 'compose')}"`,
    ],
    noMatch: [`BETTERSTACK_SOURCE_NAME=${fakeChars(ALNUM, 24, 'name')}`, `LOGTAIL_SOURCE_TOKEN=${fakeChars(ALNUM, 30, 'long')}`],
  }),
};
