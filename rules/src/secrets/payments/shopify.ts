import type { PatternRule } from '../../index.js';
import { HEX, fake } from '../testing/fake.js';

/**
 * Shopify tokens since 2020 (shopify.dev changelog): a type prefix and 32 characters. `shpat_` public-app,
 * `shpca_` custom-app and `shppa_` legacy private-app Admin API access tokens; `shpss_` app shared secrets.
 */

const KINDS: Record<string, string> = {
  shpat_: 'Shopify Admin API access token (public app)',
  shpca_: 'Shopify Admin API access token (custom app)',
  shppa_: 'Shopify Admin API access token (legacy private app)',
};

export const shopifyAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'shopify-access-token',
  title: 'Shopify Admin API access token',
  category: 'secret',
  severity: 'error',
  description: "A Shopify Admin API access token (shpat_, shpca_, shppa_); it reads and changes the store's orders, customers and products within the app's scopes.",
  remediation:
    'Revoke it by uninstalling and reinstalling the app or rotating the custom app\'s token (Shopify admin > Apps > Develop apps > API credentials), then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'offline access tokens never expire; they end when the app is uninstalled',
  replacement: 'online access tokens (expire with the user session) or token exchange for embedded apps',
  keywords: ['shpat_', 'shpca_', 'shppa_'],
  pattern: /\b(shp(?:at|ca|pa)_[A-Za-z0-9]{32})\b/,
  entropy: 3,
  describe: (token) => KINDS[token.slice(0, 6)],
  prefix: 'shpat_',
  examples: () => ({
    match: [`SHOPIFY_ACCESS_TOKEN=${fake('shpat_', HEX, 32, 'a')}`, `headers = {"X-Shopify-Access-Token": "${fake('shpca_', HEX, 32, 'b')}"}`],
    noMatch: ['SHOPIFY_ACCESS_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'token: shpat_<your_token>'],
  }),
};

export const shopifyAppSecret: PatternRule = {
  kind: 'pattern',
  id: 'shopify-app-secret',
  title: 'Shopify app shared secret',
  category: 'secret',
  severity: 'error',
  description: "A Shopify app's API secret key (shpss_); it completes OAuth for any store and signs webhooks and app proxy requests.",
  remediation:
    'Rotate the secret in the Partner Dashboard or Dev Dashboard (the app > Client credentials > Rotate), then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until rotated',
  keywords: ['shpss_'],
  pattern: /\b(shpss_[A-Za-z0-9]{32})\b/,
  entropy: 3,
  prefix: 'shpss_',
  examples: () => ({
    match: [`SHOPIFY_API_SECRET=${fake('shpss_', HEX, 32, 'c')}`, `shopify_app:\n  client_secret: "${fake('shpss_', HEX, 32, 'd')}"`],
    noMatch: ['SHOPIFY_API_SECRET=shpss_secret_goes_here', 'SHOPIFY_API_SECRET=shpss_...'],
  }),
};
