/**
 * Test values built at run time, so that no committed string looks like a live credential to GitHub push
 * protection or other scanners. Deterministic (seeded), so a failing example reproduces.
 */
import { base62, crc32, fnv1a } from '../../util/hash.js';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';
export const HEX_UPPER = '0123456789ABCDEF';
export const BASE64 = ALNUM + '+/';
export const BASE64URL = ALNUM + '-_';

/** `length` characters from `alphabet`, the same for the same (alphabet, length, salt). */
export function fakeChars(alphabet: string, length: number, salt = ''): string {
  let state = fnv1a(`${alphabet}|${length}|${salt}`) || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out += alphabet[(state >>> 0) % alphabet.length];
  }
  return out;
}

/** A token with a public prefix and a random body: `fake('sk_live_', ALNUM, 24)`. */
export function fake(prefix: string, alphabet: string, length: number, salt = ''): string {
  return prefix + fakeChars(alphabet, length, prefix + salt);
}

/** GitHub / npm style: prefix + 30 base62 + base62(CRC32(body)) in 6 characters. */
export function fakeCrcToken(prefix: string, salt = ''): string {
  const body = fakeChars(ALNUM, 30, prefix + salt);
  return prefix + body + base62(crc32(body), 6);
}
