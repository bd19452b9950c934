import type { PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { precededBy } from './context.js';

/**
 * Notion integration secrets: since September 2024 `ntn_` + 11 digits + 35 alphanumerics; before that `secret_` +
 * 43 alphanumerics, which shares its prefix with plenty of other things and so needs a Notion name on the line.
 */
const REMEDIATION =
  'Refresh (regenerate) the secret on the integration\'s page at notion.so/profile/integrations, remove the integration from pages it no longer needs, and read the secret from NOTION_TOKEN in the environment or a secret manager.';

export const notionIntegrationToken: PatternRule = {
  kind: 'pattern',
  id: 'notion-integration-token',
  title: 'Notion integration token',
  category: 'secret',
  severity: 'error',
  description: 'A Notion integration secret (ntn_); it reads and edits every page and database shared with the integration.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until refreshed or the integration is removed',
  keywords: ['ntn_'],
  pattern: /\b(ntn_[0-9]{11}[A-Za-z0-9]{35})\b/,
  entropy: 3.5,
  prefix: 'ntn_',
  examples: () => ({
    match: [
      `NOTION_TOKEN=ntn_${fakeChars('0123456789', 11, 'd')}${fakeChars(ALNUM, 35, 'env')}`,
      `const notion = new Client({ auth: "ntn_${fakeChars('0123456789', 11, 'd2')}${fakeChars(ALNUM, 35, 'js')}" });`,
    ],
    noMatch: ['ntn_12345678901', `NOTION_TOKEN=ntn_${fakeChars('0123456789', 10, 'd3')}${fakeChars(ALNUM, 35, 'ten')}`],
  }),
};

export const notionLegacyToken: PatternRule = {
  kind: 'pattern',
  id: 'notion-legacy-token',
  title: 'Notion integration token (secret_)',
  category: 'secret',
  severity: 'error',
  description: 'A Notion integration secret in the format issued before September 2024 (secret_ + 43 characters) next to a Notion name; it reads and edits the pages shared with the integration.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until refreshed or the integration is removed',
  keywords: ['notion'],
  pattern: /\b(secret_[A-Za-z0-9]{43})\b/,
  entropy: 3.5,
  validate: precededBy({ names: /notion/i }),
  prefix: 'secret_',
  examples: () => ({
    match: [
      `NOTION_API_KEY=secret_${fakeChars(ALNUM, 43, 'env')}`,
      `notion = Client(auth="secret_${fakeChars(ALNUM, 43, 'py')}")`,
    ],
    noMatch: [`DJANGO_KEY=secret_${fakeChars(ALNUM, 43, 'django')}  # notion-sync`, 'NOTION_API_KEY=secret_abc123'],
  }),
};
