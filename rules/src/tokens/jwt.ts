/**
 * JSON Web Token helpers shared by every rule that meets one (the JWT rule, Kubernetes service-account tokens,
 * provider tokens that are JWTs). Decoding never verifies a signature: the point is to read `exp` and `iat`
 * offline and say how long a leaked token stays usable.
 */
import type { LifetimeInfo } from '../finding.js';
import { decodeBase64Text } from './base64.js';

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** The `alg` header, as written. */
  alg: string;
  /** `alg: none` (any case) and an empty signature part. */
  unsigned: boolean;
  signatureLength: number;
}

const PART = /^[A-Za-z0-9_-]+$/;
const DAY = 86_400;

function jsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Header and claims of a compact JWS (`header.payload.signature`), or undefined when it is not one: both
 * parts must be base64url JSON objects and the header must carry a registered JOSE header parameter (RFC 7515
 * and 7516: `alg`, `typ`, `kid`, `enc`, `apu` …), which is what tells a token from any other dotted base64. A
 * header without `alg` is not a valid JWS, but a token-shaped value with a JOSE header is still a credential
 * someone meant to send.
 */
const JOSE_HEADER_PARAMS = ['alg', 'typ', 'kid', 'cty', 'enc', 'zip', 'jku', 'jwk', 'x5u', 'x5c', 'x5t', 'x5t#S256', 'crit', 'epk', 'apu', 'apv', 'iv', 'tag', 'p2s', 'p2c'];

export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [h, p, s] = parts as [string, string, string];
  if (!PART.test(h) || !PART.test(p) || (s !== '' && !PART.test(s))) return undefined;
  const header = jsonObject(decodeBase64Text(h));
  if (!header || !JOSE_HEADER_PARAMS.some((k) => k in header)) return undefined;
  const alg = typeof header.alg === 'string' ? header.alg : 'unspecified';
  const payload = jsonObject(decodeBase64Text(p));
  if (!payload) return undefined;
  return {
    header,
    payload,
    alg,
    unsigned: alg.toLowerCase() === 'none',
    signatureLength: s.length,
  };
}

/** A NumericDate claim (seconds since the epoch); some issuers write it as a string of digits. */
export function numericDate(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  if (typeof value === 'string' && /^\d{1,12}(?:\.\d{1,6})?$/.test(value)) return Number(value);
  return undefined;
}

/** ISO date of a NumericDate, or undefined when it is outside what a Date can hold. */
export function isoDate(seconds: number): string | undefined {
  const ms = seconds * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString();
}

/** "90 minutes", "12 hours", "30 days", "2 years": a rough span for messages. */
export function formatDuration(seconds: number): string {
  const s = Math.abs(seconds);
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (s < 3600) return unit(Math.max(1, Math.round(s / 60)), 'minute');
  if (s < 2 * DAY) return unit(Math.round(s / 3600), 'hour');
  if (s < 365 * DAY) return unit(Math.round(s / DAY), 'day');
  return unit(Math.round((s / (365.25 * DAY)) * 10) / 10, 'year');
}

/**
 * Lifetime of a token from its claims: no `exp` never expires (static); a validity window (`exp - iat`, or
 * `exp - now` when `iat` is missing) over 24 hours is long, else short. Some libraries (itsdangerous) put
 * `exp`/`iat` in the header, so the header is read when the claims do not say.
 */
export function jwtLifetime(jwt: DecodedJwt, nowMs: number): LifetimeInfo {
  const exp = numericDate(jwt.payload.exp) ?? numericDate(jwt.header.exp);
  if (exp === undefined) return { lifetime: 'static', detail: 'never expires (no exp claim)' };
  const iat = numericDate(jwt.payload.iat) ?? numericDate(jwt.header.iat);
  const now = nowMs / 1000;
  const span = iat !== undefined ? exp - iat : exp - now;
  const expiresAt = isoDate(exp);
  const expired = exp <= now;
  let detail = iat !== undefined && span > 0 ? `valid for ${formatDuration(span)}` : expired ? 'expired' : `expires in ${formatDuration(span)}`;
  if (expired && expiresAt) detail = detail === 'expired' ? `expired on ${expiresAt.slice(0, 10)}` : `${detail}, expired on ${expiresAt.slice(0, 10)}`;
  const info: LifetimeInfo = { lifetime: span > DAY ? 'long' : 'short', detail };
  if (expiresAt) info.expiresAt = expiresAt;
  return info;
}

function claimText(value: unknown): string | undefined {
  const one = Array.isArray(value) ? value.filter((v) => typeof v === 'string').slice(0, 2).join(', ') : value;
  if (typeof one !== 'string' || one.length === 0) return undefined;
  // Claims are attacker-controlled text; keep messages single-line and short.
  const clean = one.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

/**
 * Words for a message, from the registered claims that identify the token's use (`iss`, `aud`) and its
 * window (`iat`, `exp`) only: other claims may hold personal data or secrets and never leave the rule.
 */
export function describeJwt(jwt: DecodedJwt): string {
  const iss = claimText(jwt.payload.iss);
  const aud = claimText(jwt.payload.aud);
  const bits: string[] = [];
  if (iss === 'kubernetes/serviceaccount') bits.push('Kubernetes service-account token');
  else if (iss) bits.push(`issued by ${iss}`);
  if (aud) bits.push(`audience ${aud}`);
  const iat = numericDate(jwt.payload.iat);
  const exp = numericDate(jwt.payload.exp) ?? numericDate(jwt.header.exp);
  const issued = iat !== undefined ? isoDate(iat) : undefined;
  if (issued) bits.push(`issued ${issued.slice(0, 10)}`);
  const expires = exp !== undefined ? isoDate(exp) : undefined;
  bits.push(expires ? `expires ${expires.slice(0, 10)}` : 'no expiry');
  if (jwt.unsigned) bits.unshift('unsigned (alg: none)');
  return bits.join(', ');
}

/**
 * Tokens published in documentation, which fill READMEs and tests: jwt.io's sample (sub 1234567890, iat
 * 1516239022) and the fixed keys every local Supabase stack prints (iss supabase-demo).
 */
export function documentedJwt(jwt: DecodedJwt): string | undefined {
  const { payload } = jwt;
  if (payload.sub === '1234567890' && (payload.iat === 1516239022 || payload.name === 'John Doe')) {
    return 'the jwt.io documentation example token';
  }
  if (payload.iss === 'supabase-demo') return 'a Supabase local-development demo key';
  return undefined;
}
