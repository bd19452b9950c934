import type { PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { precededBy } from './context.js';

/**
 * LinkedIn client secrets have no fixed prefix: older apps have 16 alphanumerics, newer ones a `WPL_AP1.` string
 * with base64 parts. Either needs a LinkedIn name and a secret word on the line. Client IDs are public.
 */
export const linkedinClientSecret: PatternRule = {
  kind: 'pattern',
  id: 'linkedin-client-secret',
  title: 'LinkedIn client secret',
  category: 'secret',
  severity: 'error',
  description: 'A LinkedIn OAuth client secret next to a LinkedIn name; it exchanges authorisation codes and, for approved apps, obtains client-credential tokens for the app\'s API products.',
  remediation:
    'Generate a new client secret on the app\'s Auth tab in the LinkedIn developer portal and remove the old one, then keep the secret server-side in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until replaced',
  keywords: ['linkedin', 'linked_in', 'linked-in'],
  pattern: /(?<![\w.+/-])(WPL_AP1\.[A-Za-z0-9.+/=]{20,80}|[A-Za-z0-9]{16})(?![\w+/=-])/,
  entropy: 3.3,
  validate: precededBy({ names: /linked[_-]?in/i, keys: /secret/i }),
  examples: () => ({
    match: [
      `LINKEDIN_CLIENT_SECRET=${fakeChars(ALNUM, 16, 'env')}`,
      `linkedin:\n  scope: r_liteprofile\nlinkedin_client_secret: "WPL_AP1.${fakeChars(ALNUM, 16, 'a')}.${fakeChars(ALNUM, 22, 'b')}=="`,
    ],
    noMatch: [`LINKEDIN_CLIENT_ID=${fakeChars(ALNUM, 14, 'id')}`, `LINKEDIN_CLIENT_SECRET=${fakeChars(ALNUM, 24, 'long')}`],
  }),
};
