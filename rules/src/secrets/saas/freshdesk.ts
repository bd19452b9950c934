import type { PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { precededBy } from './context.js';

/** Freshdesk API keys are 20 alphanumerics with no prefix; a Freshdesk name and key word must be on the line. */
export const freshdeskApiKey: PatternRule = {
  kind: 'pattern',
  id: 'freshdesk-api-key',
  title: 'Freshdesk API key',
  category: 'secret',
  severity: 'error',
  description: 'A Freshdesk agent API key next to a Freshdesk name; it acts as the agent, reading and changing tickets, contacts and their personal data.',
  remediation:
    'Reset the key under Profile settings > View API key in Freshdesk (resetting the agent\'s password also changes it), and read the new one from a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until reset',
  keywords: ['freshdesk'],
  pattern: /\b([A-Za-z0-9]{20})\b/,
  entropy: 3.3,
  validate: precededBy({ names: /freshdesk/i, keys: /key|token|secret|auth|pass/i }),
  examples: () => ({
    match: [`FRESHDESK_API_KEY=${fakeChars(ALNUM, 20, 'env')}`, `requests.get("https://acme.freshdesk.com/api/v2/tickets", auth=("${fakeChars(ALNUM, 20, 'py')}", "X"))`],
    noMatch: [`FRESHDESK_DOMAIN=${fakeChars('abcdefghijklmnopqrstuvwxyz', 20, 'dom')}`, `FRESHDESK_API_KEY=${fakeChars(ALNUM, 24, 'long')}`],
  }),
};
