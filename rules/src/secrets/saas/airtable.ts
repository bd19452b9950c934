import type { PatternRule } from '../../rule.js';
import { ALNUM, BASE64URL, fakeChars, HEX } from '../testing/fake.js';
import { base64Encode, base64Json, precededBy } from './context.js';

const airtableNamed = precededBy({ names: /airtable/i });

/**
 * Airtable personal access tokens: `pat` + 14 alphanumerics (the token ID) + `.` + 64 hex. OAuth access tokens:
 * a 17-character ID starting `oaa`, `.v1.`, a base64url payload and a hex signature; they expire after an hour.
 * The legacy `key…` API keys stopped working in February 2024 and are not reported.
 */
export const airtablePat: PatternRule = {
  kind: 'pattern',
  id: 'airtable-personal-access-token',
  title: 'Airtable personal access token',
  category: 'secret',
  severity: 'error',
  description: 'An Airtable personal access token (pat…); it reads and writes the bases and scopes it was granted, possibly every base of its user.',
  remediation:
    'Delete the token at airtable.com/create/tokens, create one with only the needed scopes and bases, and read it from AIRTABLE_TOKEN in the environment or a secret manager; integrations acting for other users should use OAuth.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  replacement: 'Airtable OAuth integrations, whose access tokens expire after 60 minutes',
  keywords: ['pat'],
  pattern: /\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})\b/,
  entropy: 3.5,
  prefix: 'pat',
  examples: () => ({
    match: [
      `AIRTABLE_TOKEN=pat${fakeChars(ALNUM, 14, 'id')}.${fakeChars(HEX, 64, 'env')}`,
      `base = Api("pat${fakeChars(ALNUM, 14, 'id2')}.${fakeChars(HEX, 64, 'py')}").base("appXXXXXXXXXXXXXX")`,
    ],
    noMatch: [
      `AIRTABLE_TOKEN=pat${fakeChars(ALNUM, 15, 'id3')}.${fakeChars(HEX, 64, 'long-id')}`,
      `AIRTABLE_TOKEN=pat${fakeChars(ALNUM, 14, 'id4')}.${fakeChars(HEX, 40, 'short')}`,
    ],
  }),
};

function oauthPayload(token: string): Record<string, unknown> | undefined {
  return base64Json(token.split('.')[2] ?? '');
}

export const airtableOauthToken: PatternRule = {
  kind: 'pattern',
  id: 'airtable-oauth-token',
  title: 'Airtable OAuth access token',
  category: 'secret',
  severity: 'warning',
  description: 'An Airtable OAuth access token (<id>.v1.<payload>.<signature>); it acts for the authorising user within the integration\'s scopes until it expires.',
  remediation:
    'Let the token expire (60 minutes) and revoke the integration\'s grant if the matching refresh token may also have leaked; keep refresh tokens in a secret store, never in the repository.',
  lifetime: 'short',
  lifetimeDetail: 'expires 60 minutes after issue',
  keywords: ['.v1.'],
  pattern: /\b([A-Za-z0-9]{14,40}\.v1\.[A-Za-z0-9_-]{20,1200}\.[a-f0-9]{16,128})\b/,
  entropy: 4,
  // `oaa` is the access-token ID prefix; other IDs with this shape count only next to an Airtable name
  validate: (token, ctx) => (token.startsWith('oaa') ? true : airtableNamed(token, ctx)),
  lifetimeOf: (token) => {
    const expires = oauthPayload(token)?.expiresAt;
    return typeof expires === 'string' && !Number.isNaN(Date.parse(expires))
      ? { lifetime: 'short', detail: 'expires 60 minutes after issue', expiresAt: new Date(expires).toISOString() }
      : undefined;
  },
  prefix: 'oaa',
  examples: () => ({
    match: [
      `Authorization: Bearer oaa${fakeChars(ALNUM, 14, 'id')}.v1.${fakeChars(BASE64URL, 300, 'payload')}.${fakeChars(HEX, 64, 'sig')}`,
      `airtable_access_token = "${fakeChars(ALNUM, 17, 'id3')}.v1.${base64Encode(JSON.stringify({ userId: 'usr' + fakeChars(ALNUM, 14, 'u'), expiresAt: '2025-02-03T19:56:37.000Z' })).replace(/=+$/, '')}.${fakeChars(HEX, 64, 's3')}"`,
    ],
    noMatch: [
      `token = "oaa${fakeChars(ALNUM, 14, 'id2')}.v2.${fakeChars(BASE64URL, 100, 'p')}.${fakeChars(HEX, 64, 's')}"`,
      `release = "${fakeChars(ALNUM, 20, 'rel')}.v1.${fakeChars(BASE64URL, 40, 'p2')}.${fakeChars(HEX, 40, 's2')}"`,
    ],
  }),
};
