import type { MatchContext, PatternRule } from '../../rule.js';
import { decodeBase64Text, encodeBase64 } from '../../tokens/base64.js';
import { decodeJwt, describeJwt, documentedJwt, jwtLifetime, numericDate, type DecodedJwt } from '../../tokens/jwt.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';
import { nowOf } from './common.js';

/**
 * JSON Web Tokens, bare (`eyJ…`) or base64-wrapped once more (`ZXlK…`, as in Kubernetes data or config
 * dumps). A match counts only when the header decodes to a JSON object naming an `alg` and the claims decode to
 * JSON, which separates tokens from other dotted base64. The lifetime comes from `exp` / `iat`.
 */

function tokenOf(value: string): { jwt: DecodedJwt; wrapped: boolean } | undefined {
  if (value.startsWith('eyJ')) {
    const jwt = decodeJwt(value);
    return jwt ? { jwt, wrapped: false } : undefined;
  }
  const inner = decodeBase64Text(value)?.trim();
  if (!inner || !inner.startsWith('eyJ')) return undefined;
  const jwt = decodeJwt(inner);
  return jwt ? { jwt, wrapped: true } : undefined;
}

function validateJwt(value: string): true | string {
  const token = tokenOf(value);
  if (!token) return 'header or claims do not decode to JSON with an alg: not a JWT';
  const example = documentedJwt(token.jwt);
  if (example) return example;
  if (!token.jwt.unsigned && token.jwt.signatureLength < 16) return 'signed token without a signature (truncated)';
  return true;
}

// --- examples, built at run time --------------------------------------------------------------------------

const b64url = (json: object): string => encodeBase64(JSON.stringify(json), true);

/** A token with the given claims and a random signature of the right length for its algorithm. */
export function fakeJwt(claims: object, alg = 'HS256', salt = ''): string {
  const signature = alg === 'none' ? '' : fakeChars(BASE64URL, alg.startsWith('RS') ? 342 : 43, `${alg}${salt}`);
  return `${b64url({ alg, typ: 'JWT' })}.${b64url(claims)}.${signature}`;
}

const ISSUED = 1_700_000_000;

export const jwt: PatternRule = {
  kind: 'pattern',
  id: 'jwt',
  title: 'JSON Web Token',
  category: 'secret',
  severity: 'error',
  description: 'A JSON Web Token is a bearer credential: whoever holds it acts as its subject until it expires, and tokens without exp never do.',
  remediation:
    'Remove the token, revoke it or rotate the signing key if it does not expire, and have the application obtain tokens at run time (OAuth client credentials, workload identity) with a short exp.',
  lifetime: 'unknown',
  lifetimeDetail: 'read from the exp claim',
  replacement: 'tokens minted at run time with a short exp (OAuth client credentials, workload identity federation)',
  keywords: ['eyj', 'zxlk'],
  pattern:
    /(?:^|[^A-Za-z0-9_+/-])(?<secret>eyJ[A-Za-z0-9_-]{8,4096}\.e[wy][A-Za-z0-9_-]{2,16384}\.[A-Za-z0-9_-]{0,2048}|ZXlK[A-Za-z0-9+/]{40,24000}={0,2})/,
  validate: validateJwt,
  lifetimeOf: (value: string, ctx: MatchContext) => {
    const token = tokenOf(value);
    return token ? jwtLifetime(token.jwt, nowOf(ctx)) : undefined;
  },
  describe: (value: string) => {
    const token = tokenOf(value);
    if (!token) return undefined;
    return `JSON Web Token${token.wrapped ? ' (base64-encoded)' : ''}: ${describeJwt(token.jwt)}`;
  },
  // An unsigned token is only accepted by a broken verifier, and an expired one only by one that skips exp.
  severityOf: (value: string, ctx: MatchContext) => {
    const token = tokenOf(value);
    if (!token) return undefined;
    const exp = numericDate(token.jwt.payload.exp) ?? numericDate(token.jwt.header.exp);
    return token.jwt.unsigned || (exp !== undefined && exp * 1000 <= nowOf(ctx)) ? 'warning' : undefined;
  },
  prefix: 'eyJ',
  examples: () => ({
    match: [
      `Authorization: Bearer ${fakeJwt({ iss: 'https://auth.acme.dev/', sub: 'svc-build', iat: ISSUED, exp: ISSUED + 3600 })}`,
      `SERVICE_TOKEN="${fakeJwt({ iss: 'kubernetes/serviceaccount', sub: 'system:serviceaccount:ci:deployer' }, 'RS256')}"`,
      `const legacy = '${fakeJwt({ sub: 'admin', role: 'service' }, 'none')}';`,
      `token: ${encodeBase64(fakeJwt({ iss: 'vault', sub: 'ci', iat: ISSUED }, 'HS512'))}`,
    ],
    noMatch: [
      // header that is not JSON with an alg
      `x = "eyJub3QiOiJhIHRva2VuIn0.eyJzdWIiOiJ4In0.${fakeChars(BASE64URL, 43, 'nojwt')}"`,
      // jwt.io's documentation example
      `curl -H "Authorization: Bearer ${fakeJwt({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}"`,
      'header only: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
      'token: eyJ${JWT_HEADER}.eyJ${JWT_BODY}.sig',
    ],
  }),
};
