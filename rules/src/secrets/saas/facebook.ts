import type { PatternRule } from '../../rule.js';
import { ALNUM, BASE64URL, fakeChars, HEX } from '../testing/fake.js';
import { precededBy } from './context.js';

/**
 * Meta (Facebook) credentials. Graph API access tokens start `EAA` and run to a hundred characters or more
 * (`EAAA…` is Square's prefix and is excluded). App access tokens are `<app id>|<app secret or token>`. App secrets
 * are 32 hex with no prefix and need a Facebook / Meta name on the line.
 */
const DIGITS = '0123456789';

export const facebookAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'facebook-access-token',
  title: 'Meta (Facebook) Graph API access token',
  category: 'secret',
  severity: 'error',
  description: 'A Meta Graph API user, page or system-user access token (EAA…); it acts on the pages, ad accounts, Instagram accounts and data it was granted.',
  remediation:
    'Invalidate the token (remove the app from the user\'s or page\'s settings, or revoke the system user\'s token in Business Settings), issue a new one with the fewest permissions, and keep it in a secret manager.',
  lifetime: 'unknown',
  lifetimeDetail: 'user tokens last 1-2 hours (long-lived ones about 60 days); page and system-user tokens can be non-expiring',
  keywords: ['eaa'],
  pattern: /\b(EAA[B-Z][A-Za-z0-9]{100,400})\b/,
  entropy: 4,
  prefix: 'EAA',
  examples: () => ({
    match: [
      `FACEBOOK_ACCESS_TOKEN=EAAG${fakeChars(ALNUM, 180, 'env')}`,
      `- name: FACEBOOK_PAGE_TOKEN\n  value: "EAAC${fakeChars(ALNUM, 140, 'k8s')}"`,
    ],
    noMatch: [
      // Square production tokens start EAAA
      `SQUARE_ACCESS_TOKEN=EAAA${fakeChars(ALNUM, 60, 'square')}`,
      `checksum: eaac${fakeChars(HEX, 124, 'yarn')}`,
    ],
  }),
};

export const facebookAppAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'facebook-app-access-token',
  title: 'Meta (Facebook) app access token',
  category: 'secret',
  severity: 'error',
  description: 'A Meta app access token (<app id>|<secret>); it calls the Graph API as the app, changing app settings and reading data the app can see.',
  remediation:
    'Reset the app secret under App settings > Basic in the Meta developer dashboard (this invalidates app tokens built from it), and keep the new secret server-side in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until the app secret is reset',
  keywords: ['facebook', 'graph.', 'fb_', 'fb-'],
  pattern: /\b([0-9]{15,16}(?:\||%7C)[A-Za-z0-9_-]{27,40})(?![\w-])/,
  entropy: 3.5,
  examples: () => ({
    match: [
      `{"facebook": {"access_token": "${fakeChars(DIGITS, 15, 'app')}|${fakeChars(BASE64URL, 27, 'tok')}"}}`,
      `requests.get("https://graph.facebook.com/debug_token?access_token=${fakeChars(DIGITS, 16, 'app2')}%7C${fakeChars(HEX, 32, 'sec')}")`,
    ],
    noMatch: [`facebook ${fakeChars(DIGITS, 15, 'app3')}|short`],
  }),
};

export const facebookAppSecret: PatternRule = {
  kind: 'pattern',
  id: 'facebook-app-secret',
  title: 'Meta (Facebook) app secret',
  category: 'secret',
  severity: 'error',
  description: 'A Meta (Facebook) app secret next to a Facebook / Meta name; it mints app access tokens and proves server calls are the app\'s.',
  remediation:
    'Reset the app secret under App settings > Basic in the Meta developer dashboard, and keep the new one server-side in a secret manager (never in mobile or browser code).',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until reset',
  keywords: ['facebook', 'fb_', 'fb-', 'meta_app', 'meta-app'],
  pattern: /\b([a-f0-9]{32})\b/,
  entropy: 3,
  validate: precededBy({ names: /facebook|\bfb[_-]|meta[_-]?app/i, keys: /secret|client[_-]?token|access[_-]?token/i }),
  examples: () => ({
    match: [`FACEBOOK_APP_SECRET=${fakeChars(HEX, 32, 'env')}`, `facebook_client_access_token: ${fakeChars(HEX, 32, 'yaml')}`],
    noMatch: [`FACEBOOK_PIXEL_HASH=${fakeChars(HEX, 32, 'px')}`, `FACEBOOK_APP_SECRET=${fakeChars(HEX, 31, 'short')}`],
  }),
};
