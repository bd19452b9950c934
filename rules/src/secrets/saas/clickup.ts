import type { PatternRule } from '../../rule.js';
import { fakeChars } from '../testing/fake.js';
import { precededBy } from './context.js';

/**
 * ClickUp personal API tokens: `pk_` + the user ID (digits) + `_` + 32 upper-case letters and digits. `pk_` is
 * used by other providers too, so a ClickUp name must be on the line.
 */
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const clickupPersonalToken: PatternRule = {
  kind: 'pattern',
  id: 'clickup-personal-token',
  title: 'ClickUp personal API token',
  category: 'secret',
  severity: 'error',
  description: 'A ClickUp personal API token next to a ClickUp name; it reads and changes every workspace, task, doc and comment its user can reach.',
  remediation:
    'Regenerate the token under Settings > Apps in ClickUp, and read the new one from CLICKUP_API_TOKEN in a secret manager; apps for other users should use ClickUp OAuth.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until regenerated',
  keywords: ['clickup'],
  pattern: /\b(pk_[0-9]{6,10}_[A-Z0-9]{32})\b/,
  entropy: 3.5,
  validate: precededBy({ names: /clickup/i }),
  prefix: 'pk_',
  examples: () => ({
    match: [`CLICKUP_API_TOKEN=pk_${fakeChars('0123456789', 8, 'id')}_${fakeChars(UPPER_ALNUM, 32, 'env')}`, `clickup_token: "pk_${fakeChars('0123456789', 9, 'id2')}_${fakeChars(UPPER_ALNUM, 32, 'yaml')}"`],
    noMatch: [`API_TOKEN=pk_${fakeChars('0123456789', 9, 'id3')}_${fakeChars(UPPER_ALNUM, 32, 'noname')}`, `CLICKUP_API_TOKEN=pk_${fakeChars('0123456789', 8, 'id4')}_${fakeChars(UPPER_ALNUM, 20, 'short')}`],
  }),
};
