import type { PatternRule } from '../../rule.js';
import { fakeChars, HEX } from '../testing/fake.js';
import { precededBy } from './context.js';

/**
 * Trello user tokens: `ATTA` + 64 hex + 8 more hex (Atlassian format, since 2022) or 64 hex before that. The API key
 * (32 hex) identifies the app and is public; the token is the secret. A Trello name and a token word must be on the
 * line, since 64 hex alone could be any digest.
 */
export const trelloToken: PatternRule = {
  kind: 'pattern',
  id: 'trello-token',
  title: 'Trello user token',
  category: 'secret',
  severity: 'error',
  description: 'A Trello user token next to a Trello name; with the app\'s API key it reads and changes every board, card and attachment the user can, per the token\'s scope.',
  remediation:
    'Revoke the token under the Trello account\'s Settings > Applications (or via DELETE /1/tokens/{token}), request a new one with expiration=30days and the narrowest scope, and keep it in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless requested with an expiration (1 hour, 1 day or 30 days)',
  keywords: ['trello'],
  pattern: /\b(ATTA[a-fA-F0-9]{64,72}|[a-f0-9]{64})\b/,
  entropy: 3,
  validate: precededBy({ names: /trello/i, keys: /token|secret|auth/i }),
  prefix: 'ATTA',
  examples: () => ({
    match: [`TRELLO_TOKEN=ATTA${fakeChars(HEX, 64, 'env')}${fakeChars('0123456789ABCDEF', 8, 'sum')}`, `trello_token: "${fakeChars(HEX, 64, 'old')}"`],
    noMatch: [`TRELLO_API_KEY=${fakeChars(HEX, 32, 'key')}`, `trello_board_checksum: ${fakeChars(HEX, 64, 'sha')}`],
  }),
};
