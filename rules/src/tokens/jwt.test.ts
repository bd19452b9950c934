import { describe, expect, it } from 'vitest';
import { decodeJwt, describeJwt, documentedJwt, jwtLifetime, numericDate } from './jwt.js';
import { decodeBase64Bytes, decodeBase64Text, encodeBase64 } from './base64.js';

const NOW = Date.UTC(2025, 0, 1); // 2025-01-01T00:00:00Z
const NOW_S = NOW / 1000;
const HOUR = 3600;
const DAY = 86_400;

function token(claims: object, header: object = { alg: 'HS256', typ: 'JWT' }, signature = 'c2lnbmF0dXJlLWJ5dGVzLWhlcmUtMTIzNDU2Nzg5MA'): string {
  return `${encodeBase64(JSON.stringify(header), true)}.${encodeBase64(JSON.stringify(claims), true)}.${signature}`;
}

function lifetimeOf(claims: object, header?: object) {
  const jwt = decodeJwt(token(claims, header));
  if (!jwt) throw new Error('did not decode');
  return jwtLifetime(jwt, NOW);
}

describe('base64', () => {
  it('decodes standard and url-safe alphabets, with or without padding', () => {
    expect(decodeBase64Text('aGVsbG8gd29ybGQ=')).toBe('hello world');
    expect(decodeBase64Text('aGVsbG8gd29ybGQ')).toBe('hello world');
    expect(decodeBase64Text(encodeBase64('\u00ff\u00fe?>', true))).toBe('\u00ff\u00fe?>');
    expect(Array.from(decodeBase64Bytes('-_8')!)).toEqual([0xfb, 0xff]);
  });

  it('rejects text that is not base64 and bytes that are not UTF-8', () => {
    expect(decodeBase64Bytes('abc$')).toBeUndefined();
    expect(decodeBase64Bytes('a')).toBeUndefined();
    expect(decodeBase64Bytes('ab===')).toBeUndefined();
    expect(decodeBase64Text('//79')).toBeUndefined(); // 0xff 0xfe 0xfd
  });

  it('round-trips', () => {
    for (const s of ['', 'a', 'ab', 'abc', 'user:p@ss', '{"alg":"none"}']) {
      expect(decodeBase64Text(encodeBase64(s))).toBe(s);
      expect(decodeBase64Text(encodeBase64(s, true))).toBe(s);
    }
  });
});

describe('decodeJwt', () => {
  it('reads header, claims and alg', () => {
    const jwt = decodeJwt(token({ sub: 'x' }))!;
    expect(jwt.alg).toBe('HS256');
    expect(jwt.payload.sub).toBe('x');
    expect(jwt.unsigned).toBe(false);
  });

  it('accepts alg none with an empty signature and marks it unsigned', () => {
    const jwt = decodeJwt(token({ sub: 'x' }, { alg: 'none' }, ''))!;
    expect(jwt.unsigned).toBe(true);
    expect(jwt.signatureLength).toBe(0);
  });

  it('accepts a JOSE header without alg (still a token someone meant to send)', () => {
    expect(decodeJwt(token({ sub: 'x' }, { typ: 'JWT' }))?.alg).toBe('unspecified');
  });

  it('rejects dotted base64 that is not a token', () => {
    expect(decodeJwt(token({ sub: 'x' }, { aud: 'http://example.com' }))).toBeUndefined(); // no JOSE header parameter
    expect(decodeJwt(`${encodeBase64('not json', true)}.${encodeBase64('{}', true)}.sig`)).toBeUndefined();
    expect(decodeJwt(`${encodeBase64('{"alg":"HS256"}', true)}.${encodeBase64('[1,2]', true)}.sig`)).toBeUndefined();
    expect(decodeJwt('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0')).toBeUndefined(); // two parts
    expect(decodeJwt('a.b.c.d')).toBeUndefined();
  });
});

describe('jwtLifetime (now = 2025-01-01)', () => {
  it('no exp: static, never expires', () => {
    expect(lifetimeOf({ sub: 'svc' })).toEqual({ lifetime: 'static', detail: 'never expires (no exp claim)' });
  });

  it('exp - iat over 24 hours: long, with expiresAt', () => {
    const l = lifetimeOf({ iat: NOW_S, exp: NOW_S + 30 * DAY });
    expect(l.lifetime).toBe('long');
    expect(l.detail).toBe('valid for 30 days');
    expect(l.expiresAt).toBe('2025-01-31T00:00:00.000Z');
  });

  it('exp - iat of exactly 24 hours is still short; one second more is long', () => {
    expect(lifetimeOf({ iat: NOW_S, exp: NOW_S + DAY }).lifetime).toBe('short');
    expect(lifetimeOf({ iat: NOW_S, exp: NOW_S + DAY + 1 }).lifetime).toBe('long');
  });

  it('exp - iat of one hour: short', () => {
    const l = lifetimeOf({ iat: NOW_S - 600, exp: NOW_S - 600 + HOUR });
    expect(l.lifetime).toBe('short');
    expect(l.detail).toBe('valid for 1 hour');
  });

  it('uses the validity window, not the time left: a year-long token issued long ago is long and expired', () => {
    const iat = Date.UTC(2020, 0, 1) / 1000;
    const l = lifetimeOf({ iat, exp: iat + 365 * DAY });
    expect(l.lifetime).toBe('long');
    expect(l.detail).toBe('valid for 1 year, expired on 2020-12-31');
  });

  it('no iat: exp - now decides', () => {
    expect(lifetimeOf({ exp: NOW_S + 2 * HOUR })).toMatchObject({ lifetime: 'short', detail: 'expires in 2 hours' });
    expect(lifetimeOf({ exp: NOW_S + 90 * DAY })).toMatchObject({ lifetime: 'long', detail: 'expires in 90 days' });
    expect(lifetimeOf({ exp: NOW_S - DAY })).toMatchObject({ lifetime: 'short', detail: 'expired on 2024-12-31' });
  });

  it('reads NumericDate strings and header exp/iat (itsdangerous)', () => {
    expect(lifetimeOf({ iat: String(NOW_S), exp: String(NOW_S + 10 * DAY) }).lifetime).toBe('long');
    expect(lifetimeOf({ uid: 1 }, { alg: 'HS512', iat: NOW_S, exp: NOW_S + 600 })).toMatchObject({ lifetime: 'short', detail: 'valid for 10 minutes' });
  });

  it('survives absurd dates without throwing', () => {
    const l = lifetimeOf({ exp: 1e20 });
    expect(l.lifetime).toBe('long');
    expect(l.expiresAt).toBeUndefined();
    expect(numericDate(-5)).toBeUndefined();
    expect(numericDate('soon')).toBeUndefined();
  });
});

describe('describeJwt', () => {
  it('mentions iss, aud, iat and exp only', () => {
    // nhilint-ignore generic-secret-assignment -- a claim that must never be reported, made up for the test
    const jwt = decodeJwt(token({ iss: 'https://issuer.test/', aud: ['api', 'web'], iat: NOW_S, exp: NOW_S + HOUR, email: 'person@corp.test', password: 'hunter2', sub: 'user-42' }))!;
    const text = describeJwt(jwt);
    expect(text).toBe('issued by https://issuer.test/, audience api, web, issued 2025-01-01, expires 2025-01-01');
    for (const leak of ['person@corp.test', 'hunter2', 'user-42']) expect(text).not.toContain(leak);
  });

  it('names Kubernetes service-account tokens and unsigned tokens', () => {
    expect(describeJwt(decodeJwt(token({ iss: 'kubernetes/serviceaccount' }))!)).toBe('Kubernetes service-account token, no expiry');
    expect(describeJwt(decodeJwt(token({}, { alg: 'none' }, ''))!)).toBe('unsigned (alg: none), no expiry');
  });

  it('keeps claim text short and single-line', () => {
    const text = describeJwt(decodeJwt(token({ iss: `a\nb${'x'.repeat(200)}` }))!);
    expect(text).not.toContain('\n');
    expect(text.length).toBeLessThan(120);
  });
});

describe('documentedJwt', () => {
  it("recognises jwt.io's sample and Supabase's demo keys", () => {
    expect(documentedJwt(decodeJwt(token({ sub: '1234567890', name: 'John Doe', iat: 1516239022 }))!)).toMatch(/jwt\.io/);
    expect(documentedJwt(decodeJwt(token({ iss: 'supabase-demo', role: 'anon' }))!)).toMatch(/Supabase/);
    expect(documentedJwt(decodeJwt(token({ sub: 'real-user', iat: NOW_S }))!)).toBeUndefined();
  });
});
