import type { PatternRule } from '../../rule.js';
import { fakeChars, HEX } from '../testing/fake.js';

/** Postman API keys: `PMAK-` + 24 hex (the key ID) + `-` + 34 hex. */
export const postmanApiKey: PatternRule = {
  kind: 'pattern',
  id: 'postman-api-key',
  title: 'Postman API key',
  category: 'secret',
  severity: 'error',
  description: 'A Postman API key (PMAK-); it reads and changes the user\'s workspaces, collections and environments, whose variables often hold more credentials.',
  remediation:
    'Delete the key under Settings > API keys in Postman (Postman also revokes keys it finds in public places), create one with an expiry, and pass it to Newman or CI as a secret (POSTMAN_API_KEY).',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was chosen at creation',
  keywords: ['pmak-'],
  pattern: /\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b/,
  entropy: 3,
  prefix: 'PMAK-',
  examples: () => ({
    match: [
      `POSTMAN_API_KEY=PMAK-${fakeChars(HEX, 24, 'id')}-${fakeChars(HEX, 34, 'env')}`,
      `curl https://api.getpostman.com/collections -H "X-Api-Key: PMAK-${fakeChars(HEX, 24, 'id2')}-${fakeChars(HEX, 34, 'curl')}"`,
    ],
    noMatch: [`POSTMAN_API_KEY=PMAK-${fakeChars(HEX, 24, 'id3')}`, 'POSTMAN_API_KEY=PMAK-xxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
};
