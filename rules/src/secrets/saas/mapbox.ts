import type { PatternRule } from '../../rule.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';
import { base64Encode, base64Json } from './context.js';

/**
 * Mapbox tokens are `<kind>.<base64url JSON {"u": user, "a": token id}>.<22 characters>`. `pk.` public tokens are
 * meant for browsers and are not reported; `sk.` secret tokens are. The JSON is decoded to confirm the shape.
 */
function fakeMapbox(kind: string, salt: string): string {
  const payload = base64Encode(JSON.stringify({ u: `acme-${salt}`, a: fakeChars(BASE64URL, 25, salt) })).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${kind}.${payload}.${fakeChars(BASE64URL, 22, `sig${salt}`)}`;
}

export const mapboxSecretToken: PatternRule = {
  kind: 'pattern',
  id: 'mapbox-secret-token',
  title: 'Mapbox secret access token',
  category: 'secret',
  severity: 'error',
  description: 'A Mapbox secret access token (sk.); its scopes can include uploading and deleting tilesets and styles, reading account statistics and creating other tokens.',
  remediation:
    'Delete the token on the Access tokens page of your Mapbox account, create one with only the needed secret scopes, and keep it server-side (MAPBOX_SECRET_TOKEN in a secret manager); browsers and apps should use pk. public tokens with URL restrictions.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  replacement: 'Mapbox temporary tokens (tk.), which expire within an hour',
  keywords: ['sk.eyj'],
  pattern: /\b(sk\.eyJ[A-Za-z0-9_-]{20,300}\.[A-Za-z0-9_-]{20,40})\b/,
  entropy: 4,
  validate: (token) => {
    const json = base64Json(token.split('.')[1]!);
    return json && typeof json.u === 'string' ? true : 'middle part is not the base64 JSON {"u": …} of a Mapbox token';
  },
  prefix: 'sk.',
  examples: () => ({
    match: [`MAPBOX_SECRET_TOKEN=${fakeMapbox('sk', 'env')}`, `export MAPBOX_DOWNLOADS_TOKEN="${fakeMapbox('sk', 'ios')}"`],
    noMatch: [`mapboxgl.accessToken = '${fakeMapbox('pk', 'web')}';`, `MAPBOX_SECRET_TOKEN=sk.eyJ${fakeChars(BASE64URL, 60, 'junk')}.${fakeChars(BASE64URL, 22, 'x')}`],
  }),
};
