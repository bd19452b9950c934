import type { LifetimeInfo, PatternRule } from '../../index.js';
import { BASE64URL, HEX, fake, fakeChars } from '../testing/fake.js';
import { base64Bytes, bytesToBase64, bytesToLatin1, latin1Bytes } from './checksums.js';

/**
 * Supabase. Management API access tokens are `sbp_` (or `sbp_oauth_`) + 40 characters (the CLI accepts hex);
 * project secret API keys are `sb_secret_` + 31; the legacy service_role key is a JWT whose payload starts
 * with {"iss":"supabase" and carries "role":"service_role".
 */

export const supabaseAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'supabase-access-token',
  title: 'Supabase access token',
  category: 'secret',
  severity: 'error',
  description: 'A Supabase personal access token or OAuth token for the Management API (sbp_); it manages every project of the user\'s organizations, including database passwords and API keys.',
  remediation:
    'Revoke the token (Account > Access Tokens, or the OAuth app authorization), then keep a token for CI in its secret store, or use the Supabase GitHub integration for migrations and deploys.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until revoked (OAuth tokens expire with their grant)',
  replacement: 'the Supabase GitHub integration, or OAuth apps with short-lived access tokens',
  keywords: ['sbp_'],
  pattern: /\b(sbp_(?:oauth_)?[a-z0-9]{40})(?![A-Za-z0-9_-])/,
  entropy: 3.0,
  prefix: 'sbp_',
  examples: () => ({
    match: [`SUPABASE_ACCESS_TOKEN=${fake('sbp_', HEX, 40)}`, `supabase link --project-ref abcdefghijklmnopqrst --token ${fake('sbp_oauth_', HEX, 40)}`],
    noMatch: ['SUPABASE_ACCESS_TOKEN=sbp_<your-token>', `SUPABASE_ACCESS_TOKEN=${fake('sbp_', HEX, 39)}`],
  }),
};

export const supabaseSecretKey: PatternRule = {
  kind: 'pattern',
  id: 'supabase-secret-key',
  title: 'Supabase secret API key',
  category: 'secret',
  severity: 'error',
  description: 'A Supabase project secret API key (sb_secret_); it bypasses Row Level Security and reads and writes all project data through the Data API.',
  remediation:
    'Delete the key (Project Settings > API Keys) and create a new one for server-side code only, loaded from the environment or a secret store; never ship it to browsers or apps.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  replacement: 'publishable keys with Row Level Security in clients; secret keys only in server environments',
  keywords: ['sb_secret_'],
  pattern: /(?<![A-Za-z0-9_-])(sb_secret_[A-Za-z0-9_-]{31})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  prefix: 'sb_secret_',
  examples: () => ({
    match: [
      `SUPABASE_SECRET_KEY="sb_secret_${fakeChars(BASE64URL, 22, 'a')}_${fakeChars(BASE64URL, 8, 'a')}"`,
      `const supabase = createClient(url, 'sb_secret_${fakeChars(BASE64URL, 22, 'b')}_${fakeChars(BASE64URL, 8, 'b')}')`,
    ],
    noMatch: ['SUPABASE_SECRET_KEY="sb_secret_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"', `SUPABASE_PUBLISHABLE_KEY=sb_publishable_${fakeChars(BASE64URL, 31)}`],
  }),
};

// base64url of {"iss":"supabase", the way Supabase's legacy keys begin their payload.
const SUPABASE_PAYLOAD_HEAD = 'eyJpc3MiOiJzdXBhYmFzZSIs';
// base64url of {"alg":"HS256","typ":"JWT"}, the header of every legacy project key.
const SUPABASE_HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';

function jwtPayload(jwt: string): Record<string, unknown> | undefined {
  const bytes = base64Bytes(jwt.split('.')[1] ?? '');
  if (!bytes) return undefined;
  try {
    const parsed: unknown = JSON.parse(bytesToLatin1(bytes));
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const b64url = (text: string) => bytesToBase64(latin1Bytes(text)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

function sampleJwt(role: string, salt: string): string {
  const header = b64url('{"alg":"HS256","typ":"JWT"}');
  const payload = b64url(`{"iss":"supabase","ref":"${fakeChars('abcdefghijklmnopqrstuvwxyz', 20, salt)}","role":"${role}","iat":1700000000,"exp":2015576000}`);
  return `${header}.${payload}.${fakeChars(BASE64URL, 43, salt)}`;
}

export const supabaseServiceRoleKey: PatternRule = {
  kind: 'pattern',
  id: 'supabase-service-role-key',
  title: 'Supabase service_role key (legacy JWT)',
  category: 'secret',
  severity: 'error',
  description: 'A Supabase legacy service_role API key: a JWT signed with the project secret that bypasses Row Level Security on all project data.',
  remediation:
    'Rotate the project\'s JWT secret (or move to the new API keys and disable the legacy ones), then use an sb_secret_ key loaded from the environment in server code only.',
  lifetime: 'long',
  lifetimeDetail: 'expires at its exp claim, typically 10 years after the project was created',
  replacement: 'new secret API keys (sb_secret_) that can be revoked one by one, server side only',
  keywords: [SUPABASE_PAYLOAD_HEAD.toLowerCase()],
  pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(${SUPABASE_HEADER}\.${SUPABASE_PAYLOAD_HEAD}[A-Za-z0-9_-]{20,800}\.[A-Za-z0-9_-]{20,200})(?![A-Za-z0-9_-])`),
  // The anon key has the same shape and is meant to be public; only the service_role one is a secret.
  validate: (jwt) => (jwtPayload(jwt)?.role === 'service_role' ? true : 'not a service_role key (the anon key is public)'),
  lifetimeOf: (jwt): LifetimeInfo | undefined => {
    const exp = jwtPayload(jwt)?.exp;
    return typeof exp === 'number' ? { lifetime: 'long', detail: 'until its exp claim', expiresAt: new Date(exp * 1000).toISOString() } : undefined;
  },
  prefix: 'eyJ',
  examples: () => ({
    match: [`SUPABASE_SERVICE_ROLE_KEY=${sampleJwt('service_role', 'env')}`, `const admin = createClient(SUPABASE_URL, "${sampleJwt('service_role', 'js')}")`],
    noMatch: [`NEXT_PUBLIC_SUPABASE_ANON_KEY=${sampleJwt('anon', 'anon')}`, 'SUPABASE_SERVICE_ROLE_KEY=${SUPABASE_SERVICE_ROLE_KEY}'],
  }),
};

export const supabaseRules: PatternRule[] = [supabaseAccessToken, supabaseSecretKey, supabaseServiceRoleKey];
