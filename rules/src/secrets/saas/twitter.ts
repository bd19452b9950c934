import type { PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { precededBy } from './context.js';

/**
 * X (Twitter) credentials. App-only bearer tokens start with 22 `A`s and continue with letters, digits and `%`
 * escapes. API key secrets (50 alphanumerics), access token secrets (45) and access tokens (`<user id>-<alnum>`)
 * have no prefix and need a Twitter / X name and a secret or token word on the line.
 */
const BEARER_TAIL = ALNUM + '%';
const A22 = 'A'.repeat(22);
// `X_API_KEY` alone is too generic (any X-API-Key header), so the X names must say consumer or bearer
const NAMES = /twitter|\btw[_-](?:consumer|access|api)|\bx[_-](?:consumer|bearer)[_-]/i;

export const twitterBearerToken: PatternRule = {
  kind: 'pattern',
  id: 'twitter-bearer-token',
  title: 'X (Twitter) app bearer token',
  category: 'secret',
  severity: 'error',
  description: 'An X (Twitter) API app-only bearer token; it calls the API as the app, reading posts and users within the app\'s access level and spending its quota.',
  remediation:
    'Regenerate the bearer token under the app\'s Keys and tokens page in the X developer portal (this invalidates the old one), and read the new token from the environment or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until regenerated or invalidated',
  keywords: [A22.toLowerCase()],
  pattern: /\b(A{22}[A-Za-z0-9%]{80,160})(?![A-Za-z0-9%])/,
  entropy: 4,
  prefix: A22,
  examples: () => ({
    match: [
      `TWITTER_BEARER_TOKEN=${A22}${fakeChars(BEARER_TAIL, 90, 'env')}`,
      `client = tweepy.Client(bearer_token="${A22}${fakeChars(BEARER_TAIL, 95, 'py')}")`,
    ],
    noMatch: [`TWITTER_BEARER_TOKEN=${A22}${'A'.repeat(90)}`, `data = "${A22}${fakeChars(BEARER_TAIL, 40, 'short')}"`],
  }),
};

export const twitterApiSecret: PatternRule = {
  kind: 'pattern',
  id: 'twitter-api-secret',
  title: 'X (Twitter) API key secret or access token secret',
  category: 'secret',
  severity: 'error',
  description: 'An X (Twitter) API key secret (50 characters) or access token secret (45) next to a Twitter / X name; with the matching key or token it signs OAuth 1.0a requests as the app or user.',
  remediation:
    'Regenerate the API key and secret (or the access token and secret) on the app\'s Keys and tokens page in the X developer portal, and keep them in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until regenerated',
  keywords: ['twitter', 'x_consumer', 'x-consumer', 'tw_consumer', 'tw_access', 'tw_api'],
  pattern: /\b([A-Za-z0-9]{50}|[A-Za-z0-9]{45})\b/,
  entropy: 3.8,
  validate: precededBy({ names: NAMES, keys: /secret/i }),
  examples: () => ({
    match: [`TWITTER_CONSUMER_SECRET=${fakeChars(ALNUM, 50, 'env')}`, `twitter_access_token_secret: ${fakeChars(ALNUM, 45, 'yaml')}`],
    noMatch: [`TWITTER_CONSUMER_KEY=${fakeChars(ALNUM, 25, 'key')}`, `twitter_card_image: ${fakeChars(ALNUM, 50, 'img')}`],
  }),
};

export const twitterAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'twitter-access-token',
  title: 'X (Twitter) user access token',
  category: 'secret',
  severity: 'error',
  description: 'An X (Twitter) OAuth 1.0a user access token (<user id>-<token>) next to a Twitter / X name; with its secret and the app\'s keys it posts and reads as that user.',
  remediation:
    'Regenerate the access token and secret on the app\'s Keys and tokens page (or revoke the app under the user\'s Connected apps), and keep them in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked or regenerated',
  keywords: ['twitter', 'tw_access'],
  pattern: /\b([0-9]{10,25}-[A-Za-z0-9]{20,50})\b/,
  entropy: 3.5,
  validate: precededBy({ names: NAMES, keys: /token/i }),
  examples: () => ({
    match: [`TWITTER_ACCESS_TOKEN=1${fakeChars('0123456789', 17, 'id')}-${fakeChars(ALNUM, 30, 'env')}`],
    noMatch: [`TWITTER_STATUS_ID=1${fakeChars('0123456789', 17, 'st')}-${fakeChars(ALNUM, 30, 'x')}`],
  }),
};
