import type { PatternRule } from '../../rule.js';
import { fakeChars, HEX } from '../testing/fake.js';

/**
 * Asana personal access tokens: `<version>/<user id>/<token id>:<32 hex>` (v2, current), `1/<user id>:<32 hex>` and
 * `0/<32 hex>` (older). The shape is specific but its pieces are digits and hex, so the rule only runs on lines that
 * mention Asana.
 */
const DIGITS = '0123456789';

export const asanaPat: PatternRule = {
  kind: 'pattern',
  id: 'asana-personal-access-token',
  title: 'Asana personal access token',
  category: 'secret',
  severity: 'error',
  description: 'An Asana personal access token; it reads and changes every workspace, project and task its user can reach.',
  remediation:
    'Deauthorise the token in the Asana developer console (My apps > Personal access tokens), and move automation to a service account or an OAuth app; keep any token in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deauthorised',
  replacement: 'An Asana OAuth app, whose access tokens expire after one hour',
  keywords: ['asana'],
  // Asana object IDs (gids) are 10 to 20 digits
  pattern: /\b([0-9]\/[0-9]{10,20}(?:\/[0-9]{10,20})?:[a-f0-9]{32}|0\/[a-f0-9]{32})\b/,
  entropy: 3,
  examples: () => ({
    match: [
      `ASANA_ACCESS_TOKEN=2/${fakeChars(DIGITS, 16, 'u')}/${fakeChars(DIGITS, 16, 't')}:${fakeChars(HEX, 32, 'env')}`,
      `client = asana.Client.access_token('1/${fakeChars(DIGITS, 13, 'u2')}:${fakeChars(HEX, 32, 'py')}')`,
      `asana_pat: "0/${fakeChars(HEX, 32, 'old')}"`,
    ],
    noMatch: [`ASANA_ACCESS_TOKEN=2/${fakeChars(DIGITS, 8, 'u3')}/${fakeChars(DIGITS, 4, 't3')}:${fakeChars(HEX, 20, 'short')}`, 'ASANA_WORKSPACE=1/2'],
  }),
};
