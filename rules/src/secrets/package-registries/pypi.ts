import type { LifetimeInfo, PatternRule } from '../../index.js';
import { BASE64URL, fakeChars, HEX } from '../testing/fake.js';

function decode(token: string): string | undefined {
  try {
    const b64 = token.slice(5).replace(/-/g, '+').replace(/_/g, '/');
    return atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/**
 * A PyPI API token is `pypi-` + URL-safe base64 of a binary (v2) macaroon: version 2, the location field
 * (`pypi.org`, `test.pypi.org`), the identifier, the caveats, and a 32-byte signature field at the end. Checking
 * the header and that trailing field drops truncated or made-up values without contacting PyPI.
 */
export function pypiMacaroonValid(token: string): true | string {
  const raw = decode(token);
  if (!raw || raw.length < 60) return 'does not decode to a macaroon';
  const n = raw.length;
  const header = raw.charCodeAt(0) === 2 && raw.charCodeAt(1) === 1;
  const location = raw.slice(3, 3 + raw.charCodeAt(2));
  const signature = raw.charCodeAt(n - 34) === 6 && raw.charCodeAt(n - 33) === 32;
  return header && /^[\w.-]+$/.test(location) && signature ? true : 'not a v2 macaroon (header or signature field missing)';
}

/** Expiry caveats: `[0, exp, nbf]` (caveats v1) or `{"exp": …, "nbf": …}` (the original JSON caveats). */
function pypiLifetime(token: string): LifetimeInfo | undefined {
  const raw = decode(token);
  const m = raw && (/\[0,(\d{9,11}),\d{9,11}\]/.exec(raw) ?? /"exp":\s?(\d{9,11})/.exec(raw));
  if (!m) return undefined;
  return { lifetime: 'short', detail: 'carries an expiry caveat (trusted publishing tokens last 15 minutes)', expiresAt: new Date(Number(m[1]) * 1000).toISOString() };
}

function fakeMacaroon(location: string, caveats: string[], salt: string): string {
  const field = (type: number, value: string) => String.fromCharCode(type, value.length) + value;
  const id = `${fakeChars(HEX, 8, salt)}-${fakeChars(HEX, 4, `${salt}1`)}-4${fakeChars(HEX, 3, `${salt}2`)}-9${fakeChars(HEX, 3, `${salt}3`)}-${fakeChars(HEX, 12, `${salt}4`)}`;
  let raw = '\u0002' + field(1, location) + field(2, id) + '\u0000';
  for (const c of caveats) raw += field(2, c) + '\u0000';
  raw += '\u0000' + String.fromCharCode(6, 32) + fakeChars(BASE64URL, 32, `${salt}sig`);
  return 'pypi-' + btoa(raw).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const pypiApiToken: PatternRule = {
  kind: 'pattern',
  id: 'pypi-api-token',
  title: 'PyPI API token',
  category: 'secret',
  severity: 'error',
  description: 'A PyPI (or TestPyPI) API token, which uploads new releases of every project it is scoped to, or of all the owner\'s projects.',
  remediation:
    'Delete the token in PyPI (Account settings > API tokens) and publish from CI with PyPI trusted publishing, which exchanges the CI\'s OIDC token for a 15-minute upload token.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless it carries an expiry caveat',
  replacement: 'PyPI trusted publishing (OIDC from GitHub Actions, GitLab CI/CD, Google Cloud or ActiveState)',
  keywords: ['pypi-age'],
  pattern: /\b(pypi-AgE[A-Za-z0-9_-]{60,1200})(?![A-Za-z0-9_-])/,
  validate: pypiMacaroonValid,
  lifetimeOf: pypiLifetime,
  prefix: 'pypi-',
  examples: () => ({
    match: [
      `[pypi]\n  username = __token__\n  password = ${fakeMacaroon('pypi.org', ['[3,"9f2c1e4a-7d1b-4c3e-8a5f-2b6d9e0f1a7c"]'], 'pypirc')}`,
      `TWINE_PASSWORD: "${fakeMacaroon('test.pypi.org', ['{"version": 1, "permissions": "user"}'], 'test')}"`,
      `UV_PUBLISH_TOKEN=${fakeMacaroon('pypi.org', ['[0,1767225900,1767225000]', '[3,"0e5d2c1b-9a8f-4e7d-b6c5-4a3b2c1d0e9f"]'], 'tp')}`,
    ],
    noMatch: [
      // right prefix, truncated: the signature field is gone
      `password = ${fakeMacaroon('pypi.org', ['[3,"9f2c1e4a-7d1b-4c3e-8a5f-2b6d9e0f1a7c"]'], 'cut').slice(0, 110)}`,
      `password = pypi-AgEIcHlwaS5vcmc${fakeChars(BASE64URL, 120, 'junk')}`,
    ],
  }),
};
