import type { PatternRule } from '../../index.js';
import { BASE64URL, fake, fakeChars } from '../testing/fake.js';

/**
 * Square credentials (developer.squareup.com): access tokens are 64 characters starting `EAAA` (older ones
 * `sq0atp-` + 22), application secrets `sq0csp-` + 43 (sandbox: `sandbox-sq0csb-`). Personal access tokens do
 * not expire; OAuth access tokens expire after 30 days.
 */

export const squareAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'square-access-token',
  title: 'Square access token',
  category: 'secret',
  severity: 'error',
  description: 'A Square access token (EAAA…, sq0atp-…); it takes payments, issues refunds and reads customer and order data for the seller.',
  remediation:
    'Replace the personal access token in the Square Developer Console (Credentials), or revoke the OAuth token (RevokeToken), then load it from an environment variable or a secret manager; prefer OAuth tokens, which expire after 30 days.',
  lifetime: 'static',
  lifetimeDetail: 'personal access tokens never expire; OAuth access tokens expire after 30 days',
  replacement: 'OAuth access tokens (30-day expiry, refreshable)',
  keywords: ['eaaa', 'sq0atp-'],
  pattern: /\b(EAAA[\w-]{60}|sq0atp-[\w-]{22})/,
  entropy: 3.5,
  // a longer run is some other token that happens to start EAAA (Facebook page tokens are 100+ characters)
  validate: (token, ctx) => (/[\w-]/.test(ctx.text[ctx.secretStart + token.length] ?? '') ? 'longer than a Square token' : true),
  prefix: 'EAAA',
  examples: () => ({
    match: [
      `SQUARE_ACCESS_TOKEN=${fake('EAAA', BASE64URL, 60, 'a')}`,
      `client = Square::Client.new(access_token: '${fake('EAAA', BASE64URL, 60, 'b')}', environment: 'production')`,
      `square:\n  token: ${fake('sq0atp-', BASE64URL, 22, 'c')}`,
    ],
    noMatch: [
      `image: amazon/aws-cli@sha256:eaaa${fakeChars('0123456789abcdef', 60, 'digest')}`,
      'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `FB_PAGE_TOKEN=${fake('EAAB', BASE64URL, 180, 'd')}`,
    ],
  }),
};

export const squareApplicationSecret: PatternRule = {
  kind: 'pattern',
  id: 'square-application-secret',
  title: 'Square OAuth application secret',
  category: 'secret',
  severity: 'error',
  description: 'A Square application (OAuth client) secret (sq0csp-); with the application id it obtains and refreshes OAuth tokens for every seller that authorised the app.',
  remediation:
    'Replace the application secret in the Square Developer Console (OAuth > Replace secret), then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until replaced',
  keywords: ['sq0csp-'],
  pattern: /\b(sq0csp-[\w-]{43})(?![\w-])/,
  entropy: 3.5,
  prefix: 'sq0csp-',
  examples: () => ({
    match: [`SQUARE_APPLICATION_SECRET=${fake('sq0csp-', BASE64URL, 43, 'e')}`, `"client_secret": "${fake('sq0csp-', BASE64URL, 43, 'f')}"`],
    noMatch: ['SQUARE_APPLICATION_SECRET=sq0csp-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'client_secret: sq0csp-<your-secret>'],
  }),
};
