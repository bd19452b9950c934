import type { PatternRule } from '../../rule.js';
import { ALNUM, BASE64URL, fakeChars } from '../testing/fake.js';
import { precededBy } from './context.js';

/**
 * Dropbox access tokens: short-lived tokens start `sl.` (`sl.u.` for the newer, longer ones) and expire after four
 * hours; long-lived tokens (no longer issued) are 11 characters, ten `A`s and 43 more, with no prefix, so they need a
 * Dropbox name on the line. Refresh tokens and app secrets have no distinctive shape.
 */
export const dropboxShortLivedToken: PatternRule = {
  kind: 'pattern',
  id: 'dropbox-short-lived-token',
  title: 'Dropbox short-lived access token',
  category: 'secret',
  severity: 'warning',
  description: 'A Dropbox short-lived access token (sl.); until it expires it reads and writes the files its app\'s scopes allow, often a whole Dropbox.',
  remediation:
    'Revoke the token (POST /2/auth/token/revoke) or the app\'s access in Dropbox settings if it may still be valid, and keep the refresh token that mints these in a secret store instead of code.',
  lifetime: 'short',
  lifetimeDetail: 'expires four hours after issue',
  keywords: ['sl.'],
  pattern: /\b(sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400})(?![\w-])/,
  entropy: 4,
  prefix: 'sl.',
  examples: () => ({
    match: [`DROPBOX_ACCESS_TOKEN=sl.${fakeChars(BASE64URL, 138, 'env')}`, `dbx = dropbox.Dropbox("sl.u.${fakeChars(BASE64URL, 600, 'py')}")`],
    noMatch: ['ssl.certificate_path = /etc/ssl/certs/example.crt', `token = "sl.${fakeChars(BASE64URL, 60, 'short')}"`],
  }),
};

export const dropboxLongLivedToken: PatternRule = {
  kind: 'pattern',
  id: 'dropbox-long-lived-token',
  title: 'Dropbox long-lived access token',
  category: 'secret',
  severity: 'error',
  description: 'A Dropbox long-lived access token next to a Dropbox name; it reads and writes the files the app can access and never expires.',
  remediation:
    'Revoke the token in the app console (or the user\'s Connected apps), move the app to short-lived tokens with a refresh token held in a secret store, and remove the token from the repository.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  replacement: 'Dropbox short-lived access tokens minted from a refresh token (four-hour lifetime)',
  keywords: ['dropbox'],
  pattern: /\b([A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{43})(?![\w-])/,
  entropy: 3.5,
  validate: precededBy({ names: /dropbox/i }),
  examples: () => ({
    match: [`DROPBOX_TOKEN=${fakeChars(ALNUM, 11, 'a')}AAAAAAAAAA${fakeChars(BASE64URL, 43, 'env')}`],
    noMatch: [`TOKEN=${fakeChars(ALNUM, 11, 'b')}AAAAAAAAAA${fakeChars(BASE64URL, 43, 'x')}  # not named`, 'DROPBOX_TOKEN=<your token>'],
  }),
};
