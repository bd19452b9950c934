import type { PatternRule } from '../../rule.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';
import { KEY_WORDS, precededBy } from './context.js';

/**
 * Okta API (SSWS) tokens are `00` + 40 URL-safe base64 characters with no other marker, so an Okta name must be on
 * the line. The name is matched case by case (`okta`, `Okta`, `OKTA`) so that words such as `rookTable` do not count.
 */
export const oktaApiToken: PatternRule = {
  kind: 'pattern',
  id: 'okta-api-token',
  title: 'Okta API token',
  category: 'secret',
  severity: 'error',
  description: 'An Okta API (SSWS) token next to an Okta name; it calls the Okta management API with its creator\'s admin role, which can include managing users, groups and apps.',
  remediation:
    'Revoke the token under Security > API > Tokens in the Okta admin console, and switch automation to an OAuth 2.0 service app with private_key_jwt and only the okta.* scopes it needs; keep any remaining token in a secret manager.',
  lifetime: 'long',
  lifetimeDetail: 'valid until revoked; expires after 30 days without use',
  replacement: 'Okta OAuth 2.0 service apps (client credentials with private_key_jwt), whose access tokens expire after one hour',
  keywords: ['okta'],
  pattern: /(?<![\w-])(00[A-Za-z0-9_-]{40})(?![\w-])/,
  entropy: 3.8,
  validate: precededBy({ names: /(?:\b|_)(?:okta|Okta|OKTA)/, keys: new RegExp(`${KEY_WORDS.source}|ssws`, 'i') }),
  examples: () => ({
    match: [
      `OKTA_API_TOKEN=00${fakeChars(BASE64URL, 40, 'env')}`,
      `curl https://acme.okta.com/api/v1/users -H "Authorization: SSWS 00${fakeChars(BASE64URL, 40, 'curl')}"`,
      `"oktaApiToken": "00${fakeChars(BASE64URL, 40, 'json')}",`,
    ],
    noMatch: [`rookTable = 00${fakeChars(BASE64URL, 40, 'rook')}`, 'oktaKey = 00000000000000000000000000000000000TUVWXYZ', `OKTA_CLIENT_ID=00${fakeChars(BASE64URL, 18, 'client')}`],
  }),
};
