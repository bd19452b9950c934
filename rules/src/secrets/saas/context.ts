/**
 * Shared by the observability, databases and saas rule folders: the context check for provider formats that have
 * no prefix (32 hex, a UUID). Such a rule's regex matches only the value, with boundaries; this check then reads
 * the text just before the value on the same line for the provider's name and a key-ish word.
 *
 * Why not put the context in the regex: `datadog[\w.-]{0,20}key[\w.-]{0,20}...` gaps that overlap the words
 * around them are what recheck proves polynomial, and a pattern per assignment syntax (env, YAML, JSON, call
 * arguments) is longer than this. Here the regexes run on at most `reach` characters, once per candidate value.
 */
import { textBefore, type Validator } from '../context.js';

export { allOf, textBefore, UUID, type Validator } from '../context.js';
import { fakeChars, HEX } from '../testing/fake.js';

export interface ContextSpec {
  /** The provider's name as it appears in identifiers and hosts (`datadog`, `\bdd[_-]`). */
  names: RegExp;
  /** A word saying the value is a credential (`key`, `token`, `secret`); omitted when the name alone says so. */
  keys?: RegExp;
  /** Words that mark a different, public value of the same provider (Algolia's search-only key). */
  unless?: RegExp;
  /** Characters before the value that are read; the default keeps the check to one assignment. */
  reach?: number;
  /** Earlier lines also read, for formats so distinctive that `influx:\n  token: …` is enough. */
  lines?: number;
}

/**
 * A `validate` hook requiring the provider's name (and a key-ish word) before the value. The name may sit up to
 * `lines` lines higher (a parent YAML key); the key word must be on the value's own line, as in `- api_key: …`,
 * so that a name in an unrelated sentence above a bare value does not count.
 */
export function precededBy(spec: ContextSpec): Validator {
  return (_secret, ctx) => {
    const before = textBefore(ctx, spec.reach ?? 120, spec.lines);
    const sameLine = spec.lines ? before.slice(before.lastIndexOf('\n') + 1) : before;
    if (!spec.names.test(before)) return 'provider name not on the line before the value';
    if (spec.keys && !spec.keys.test(sameLine)) return 'no key, token or secret word before the value';
    if (spec.unless && spec.unless.test(before)) return 'names a public or non-secret value of this provider';
    return true;
  };
}


/** Key-ish words used by most context rules. */
export const KEY_WORDS = /key|token|secret|passw|pwd|credential|auth|bearer/i;

/** A random lower-case UUID (version nibble 4), the same for the same salt. */
export function fakeUuid(salt = ''): string {
  const h = fakeChars(HEX, 32, `uuid|${salt}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Standard base64 of a UTF-8 string, without relying on `Buffer` (the core also runs in a web worker). */
export function base64Encode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Decodes standard or URL-safe base64 (padding optional) to text; undefined when it is not base64. */
export function base64Decode(value: string): string | undefined {
  const body = value.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*$/.test(body) || body.length % 4 === 1) return undefined;
  try {
    const bin = atob(body.padEnd(Math.ceil(body.length / 4) * 4, '='));
    return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** Parses a base64-encoded JSON object; undefined when the value is not one. */
export function base64Json(value: string): Record<string, unknown> | undefined {
  const text = base64Decode(value);
  if (!text || text[0] !== '{') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
