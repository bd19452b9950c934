import type { LifetimeInfo, PatternRule } from '../../index.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';
import { assignedTo, jwtExpiry } from '../messaging/context.js';

/**
 * Lemon Squeezy API keys are RS256 JWTs (header, payload, signature) with an expiry chosen at creation (up to a
 * year). A JWT alone is not one, so the value must be assigned to a Lemon Squeezy key name; the expiry is read
 * from the payload.
 */

const isLemon = assignedTo('lemon[ _-]?squeezy|lmsq', { keyish: true });

function b64url(text: string): string {
  return btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}
const jwt = (salt: string) =>
  `${b64url('{"typ":"JWT","alg":"RS256"}')}.${b64url(`{"aud":"1","jti":"${fakeChars('0123456789abcdef', 64, salt)}","iat":1717000000,"nbf":1717000000,"exp":2032000000,"sub":"123456","scopes":[]}`)}.${fakeChars(BASE64URL, 342, salt)}`;

function lifetime(token: string): LifetimeInfo | undefined {
  const exp = jwtExpiry(token);
  if (exp === undefined) return undefined;
  return { lifetime: 'long', detail: 'expires on the date set at creation', expiresAt: new Date(exp * 1000).toISOString() };
}

export const lemonSqueezyApiKey: PatternRule = {
  kind: 'pattern',
  id: 'lemon-squeezy-api-key',
  title: 'Lemon Squeezy API key',
  category: 'secret',
  severity: 'error',
  description: "A Lemon Squeezy API key (a signed JWT); it reads and changes the store's products, orders, subscriptions and customers, and issues refunds.",
  remediation:
    'Delete the key in Lemon Squeezy (Settings > API) and create a new one with a short expiry, then load it from an environment variable or a secret manager.',
  lifetime: 'long',
  lifetimeDetail: 'expires on the date chosen at creation (up to 1 year)',
  keywords: ['squeezy', 'lmsq'],
  linesAround: 3,
  pattern: /\b(eyJ[\w.-]{150,2000})/,
  validate: (token, ctx) => {
    const parts = token.split('.');
    if (parts.length !== 3 || !parts[1]!.startsWith('eyJ') || parts[2]!.length < 40) return 'not a signed JWT';
    return isLemon(ctx) ? true : 'not assigned to a Lemon Squeezy key name';
  },
  lifetimeOf: lifetime,
  prefix: 'eyJ',
  examples: () => ({
    match: [`LEMONSQUEEZY_API_KEY=${jwt('a')}`, `lemonSqueezySetup({ apiKey: "${jwt('b')}" });`],
    noMatch: [`LEMONSQUEEZY_STORE_ID=12345\nSESSION=${jwt('c')}`, 'LEMONSQUEEZY_API_KEY=eyJ...'],
  }),
};
