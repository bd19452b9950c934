import type { PatternRule } from '../../index.js';
import { ALNUM, BASE64URL, fake, fakeChars } from '../testing/fake.js';
import { around } from './shared.js';

/**
 * Google Cloud / Google APIs. API keys are `AIza` + 35 base64url characters; OAuth client secrets `GOCSPX-` + 28;
 * OAuth access tokens `ya29.` (1 hour); OAuth refresh tokens `1//0` (long-lived). Service-account key files and
 * authorized_user files are read by the structured rules (gcp-service-account-key, gcp-authorized-user-credentials).
 */

const WIF = 'workload identity federation (GitHub Actions, AWS, Azure, Kubernetes), or an attached service account on Google Cloud';

export const gcpApiKey: PatternRule = {
  kind: 'pattern',
  id: 'gcp-api-key',
  title: 'Google API key',
  category: 'secret',
  severity: 'warning',
  description:
    'A Google Cloud API key (AIza). Browser and mobile keys are meant to ship but must be restricted; an unrestricted key can call any enabled API, including billable ones such as Gemini or Maps, on your project.',
  remediation:
    'Delete or regenerate the key in Google Cloud console > APIs & Services > Credentials, add application and API restrictions to any key that must ship in a client, and let server code authenticate with a service account through workload identity federation instead.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  replacement: WIF,
  keywords: ['aiza'],
  pattern: /(?<![0-9A-Za-z_-])(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/,
  entropy: 3.5,
  prefix: 'AIza',
  examples: () => ({
    match: [
      `const firebaseConfig = {\n  apiKey: "${fake('AIzaSy', BASE64URL, 33)}",\n  authDomain: "demo-app.firebaseapp.com",\n};`,
      `GOOGLE_API_KEY=${fake('AIzaSy', BASE64URL, 33, 'env')}`,
      `<string name="google_maps_key">${fake('AIzaSy', BASE64URL, 33, 'xml')}</string>`,
    ],
    noMatch: [
      'apiKey: "AIzaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"',
      `GOOGLE_API_KEY=${fake('AIzaSy', BASE64URL, 40)}`,
      'GOOGLE_API_KEY=<your-api-key>',
    ],
  }),
};

export const gcpOAuthClientSecret: PatternRule = {
  kind: 'pattern',
  id: 'gcp-oauth-client-secret',
  title: 'Google OAuth client secret',
  category: 'secret',
  severity: 'warning',
  description: 'A Google OAuth 2.0 client secret (GOCSPX-); with it anyone can act as your OAuth client, exchange authorization codes and refresh its users\' tokens.',
  remediation:
    'Add a new secret to the OAuth client in Google Cloud console > Credentials, deploy it from a secret manager, then disable and delete the leaked one. Desktop and mobile apps should use PKCE without a secret.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until the secret is disabled and deleted',
  replacement: 'PKCE for public clients; the secret in Secret Manager for confidential ones',
  keywords: ['gocspx-'],
  pattern: /(?<![0-9A-Za-z_-])(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  prefix: 'GOCSPX-',
  examples: () => ({
    match: [
      `{"installed":{"client_id":"123456789012-abc.apps.googleusercontent.com","client_secret":"${fake('GOCSPX-', BASE64URL, 28)}"}}`,
      `GOOGLE_CLIENT_SECRET=${fake('GOCSPX-', BASE64URL, 28, 'env')}`,
    ],
    noMatch: ['GOOGLE_CLIENT_SECRET=GOCSPX-example', `GOOGLE_CLIENT_SECRET=${fake('GOCSPX-', BASE64URL, 20)}`],
  }),
};

export const googleOAuthAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'google-oauth-access-token',
  title: 'Google OAuth access token',
  category: 'secret',
  severity: 'error',
  description: 'A Google OAuth 2.0 access token (ya29.); it expires within an hour but until then calls Google APIs with the scopes it was granted.',
  remediation:
    'Revoke it at https://oauth2.googleapis.com/revoke if it may still be valid, and obtain tokens at run time from a client library (Application Default Credentials) rather than pasting them into code.',
  lifetime: 'short',
  lifetimeDetail: 'expires after 1 hour',
  replacement: WIF,
  keywords: ['ya29.'],
  pattern: /(?<![0-9A-Za-z_.-])(ya29\.(?:[0-9A-Za-z_-]{1,16}\.)?[0-9A-Za-z_-]{20,2048})(?![0-9A-Za-z_-])/,
  entropy: 3.5,
  prefix: 'ya29.',
  examples: () => ({
    match: [
      `curl -H "Authorization: Bearer ${fake('ya29.a0', BASE64URL, 160)}" https://www.googleapis.com/drive/v3/files`,
      `access_token = '${fake('ya29.c.', BASE64URL, 200, 'py')}'`,
    ],
    noMatch: ['Authorization: Bearer ya29.<token>', 'token = "ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxx"'],
  }),
};

export const googleOAuthRefreshToken: PatternRule = {
  kind: 'pattern',
  id: 'google-oauth-refresh-token',
  title: 'Google OAuth refresh token',
  category: 'secret',
  severity: 'error',
  description:
    'A Google OAuth 2.0 refresh token (1//0); with the client ID and secret it mints new access tokens for as long as the grant lives (scripts, .env files, token caches).',
  remediation:
    'Revoke the grant (https://myaccount.google.com/permissions or the revoke endpoint), remove the token from the code and its history, and use workload identity federation or service account impersonation for automation.',
  lifetime: 'long',
  lifetimeDetail: 'valid until revoked; expires after 6 months unused (7 days for apps in testing)',
  replacement: WIF,
  keywords: ['1//0'],
  pattern: /(?<![0-9A-Za-z_/-])(1\/\/0[0-9A-Za-z_-]{40,300})(?![0-9A-Za-z_-])/,
  entropy: 3.5,
  // Inside an authorized_user credentials file the structured rule reports the whole file's token.
  validate: (_token, ctx) =>
    /authorized_user/.test(around(ctx.text, ctx.secretStart, 2000)) && /client_secret/.test(around(ctx.text, ctx.secretStart, 2000))
      ? 'reported by gcp-authorized-user-credentials'
      : true,
  prefix: '1//0',
  examples: () => ({
    match: [
      `creds = Credentials(None, refresh_token="${fake('1//0g', BASE64URL, 98)}", client_id=CLIENT_ID, client_secret=CLIENT_SECRET)`,
      `GOOGLE_REFRESH_TOKEN=${fake('1//04', BASE64URL, 99, 'env')}`,
    ],
    // nhilint-ignore gcp-authorized-user-credentials -- a noMatch example of the refresh-token rule
    noMatch: ['"refresh_token": "1//refresh-token"', 'ratio = 1//0', `path = "/api/v1//0${fakeChars(ALNUM, 50)}"`],
  }),
};

export const googleRules: PatternRule[] = [gcpApiKey, gcpOAuthClientSecret, googleOAuthAccessToken, googleOAuthRefreshToken];
