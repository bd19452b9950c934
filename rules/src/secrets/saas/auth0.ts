import type { PatternRule } from '../../rule.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';
import { precededBy } from './context.js';

/**
 * Auth0 application client secrets are 64 URL-safe base64 characters with no prefix; the Auth0 name and a secret word
 * must be on the line. Management API access tokens are JWTs and are left to the JWT rule, which reads their expiry.
 */
export const auth0ClientSecret: PatternRule = {
  kind: 'pattern',
  id: 'auth0-client-secret',
  title: 'Auth0 client secret',
  category: 'secret',
  severity: 'error',
  description: 'An Auth0 application client secret next to an Auth0 name; it obtains tokens as the application, including Management API tokens when the application is authorised for them.',
  remediation:
    'Rotate the secret on the application\'s Credentials tab in the Auth0 dashboard, switch machine-to-machine applications to Private Key JWT authentication where possible, and keep the secret in a secret manager (AUTH0_CLIENT_SECRET).',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until rotated',
  replacement: 'Auth0 Private Key JWT client authentication, with no shared secret to leak',
  keywords: ['auth0'],
  pattern: /(?<![\w-])([A-Za-z0-9_-]{64})(?![\w-])/,
  entropy: 4,
  validate: precededBy({ names: /auth0/i, keys: /secret/i }),
  examples: () => ({
    match: [
      `AUTH0_CLIENT_SECRET=${fakeChars(BASE64URL, 64, 'env')}`,
      `auth0:\n  domain: acme.eu.auth0.com\nauth0_client_secret: '${fakeChars(BASE64URL, 64, 'yaml')}'`,
    ],
    noMatch: [`AUTH0_CLIENT_ID=${fakeChars(BASE64URL, 32, 'id')}`, `AUTH0_CLIENT_SECRET=${fakeChars(BASE64URL, 40, 'short')}`],
  }),
};
