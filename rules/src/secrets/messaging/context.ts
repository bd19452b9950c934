/**
 * Shared checks for provider rules whose value has no public prefix (a bare 32-hex key, a UUID). The rule's
 * regex matches only the value's shape, its keywords (the provider name) gate which lines it runs on, and
 * these checks read the text just before the value to confirm it is assigned to a name that mentions the
 * provider. Keeping the context out of the regex keeps every rule regex short and linear (recheck proves a
 * bare value shape safe in a fraction of a second, a 30-character bounded context prefix takes seconds), and the
 * context regex here only ever runs on a bounded slice before one candidate.
 *
 * Used by the messaging, payments and ai rules; a candidate for `util/` if other folders want it.
 */
import type { MatchContext } from '../../rule.js';

/** The secret's line up to the secret and, when `lines` > 0, that many lines before it (XML `<name>\n value`). */
export function textBefore(ctx: MatchContext, lines = 1, max = 240): string {
  const from = Math.max(0, ctx.secretStart - max);
  const parts = ctx.text.slice(from, ctx.secretStart).split('\n');
  return parts.slice(-(lines + 1)).join('\n');
}

/** Words that make a variable name credential-like. */
const KEYISH = /key|token|secret|passw|pwd|auth|cred|sid|bearer/i;

export interface AssignmentCheck {
  (ctx: MatchContext): boolean;
}

/**
 * `names` is a regex source for the provider names (`mailgun`, `message[_-]?bird`). The returned check accepts
 * a candidate when the text before it ends in `<name><up to 30 name-ish chars><operator><quotes/space>`, with the
 * usual operators of env files, YAML, JSON, code, Makefiles and XML elements, plus a keyword argument after an
 * opening parenthesis (`Mistral(api_key="…")`, `setup({ apiKey: "…" })`). It also accepts a credential-like child key under a parent
 * named after the provider (`mailgun:\n  api_key: …`, `"mailgun": {"apiKey": …}`), up to two sibling lines
 * apart. With `keyish`, the direct form must also contain a credential word, for value shapes too common to
 * trust on the provider name alone (32 hex, UUIDs); the nested form always needs one.
 */
export function assignedTo(names: string, options: { keyish?: boolean } = {}): AssignmentCheck {
  const direct = new RegExp(
    `(?:${names})[ \\t\\w.-]{0,30}["'\\]]{0,2}[ \\t]{0,3}(?:=>|:{1,3}=|\\?=|\\.=|\\|\\||[=:,(>])(?:[ \\t]{0,3}\\{?[ \\t]{0,3}["']?[A-Za-z_]{1,24}["']?[ \\t]{0,3}[=:])?[\\s'"\`=]{0,8}$`,
    'i',
  );
  const child = `["']?([A-Za-z_][\\w.-]{0,40})["']?[ \\t]*(?:=>|[:=])[ \\t]*["'\`]?$`;
  const nested = new RegExp(
    `(?:${names})[\\w.-]{0,30}["']?[ \\t]*:[ \\t]*(?:\\{[ \\t]*|\\{?[ \\t]*\\r?\\n(?:[ \\t]{1,12}[^\\n]{0,100}\\r?\\n){0,2}[ \\t]{1,12})${child}`,
    'i',
  );
  return (ctx) => {
    const m = direct.exec(textBefore(ctx));
    if (m) return !options.keyish || KEYISH.test(m[0]);
    const n = nested.exec(textBefore(ctx, 3, 400));
    return n !== null && KEYISH.test(n[1]!);
  };
}

/** Whether `word` occurs within `radius` characters of the secret (for rules with several keywords). */
export function near(ctx: MatchContext, word: RegExp, radius = 300): boolean {
  const from = Math.max(0, ctx.secretStart - radius);
  return word.test(ctx.text.slice(from, ctx.secretStart + radius));
}

/** The text matched before the secret group (an optional structural prefix the pattern allows). */
export function matchedBefore(secret: string, ctx: MatchContext): string {
  const whole = ctx.match[0];
  const at = whole.lastIndexOf(secret);
  return at > 0 ? whole.slice(0, at) : '';
}

/** Standard or URL-safe base64 (padding optional) to a binary string; undefined when it does not decode. */
export function decodeBase64(value: string): string | undefined {
  const std = value.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(std) || std.replace(/=+$/, '').length % 4 === 1) return undefined;
  const padded = std.replace(/=+$/, '').padEnd(Math.ceil(std.replace(/=+$/, '').length / 4) * 4, '=');
  try {
    return atob(padded);
  } catch {
    return undefined;
  }
}

/** The `exp` claim of a JWT (seconds), when the token's payload decodes. */
export function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  const json = decodeBase64(payload);
  if (!json) return undefined;
  try {
    const claims = JSON.parse(json) as { exp?: unknown };
    return typeof claims.exp === 'number' ? claims.exp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a run of letters reads as random rather than as camelCase words. In random mixed-case letters about a
 * quarter of adjacent pairs are upper-upper and a quarter lower-lower, and the case flips about every other
 * letter; an identifier made of words has long lower-case runs and almost no upper-upper pairs (`HomeAppKey`).
 */
export function randomMixedCase(letters: string): boolean {
  let upperPairs = 0;
  let lowerPairs = 0;
  let flips = 0;
  for (let i = 1; i < letters.length; i++) {
    const a = letters.charCodeAt(i - 1) >= 97;
    const b = letters.charCodeAt(i) >= 97;
    if (a && b) lowerPairs++;
    else if (!a && !b) upperPairs++;
    else flips++;
  }
  const n = letters.length - 1;
  return upperPairs >= 1 && flips >= n / 5 && lowerPairs <= n * 0.6;
}
