/**
 * What provider rules share for formats without a public prefix (a bare 32-hex key, a UUID): such a rule's
 * regex matches only the value's shape, with boundaries, and its `validate` reads the text just before the
 * value for the provider's name and a key-ish word. Context gaps inside the regex (`datadog[\w.-]{0,20}key…`)
 * are what recheck proves polynomial; reading a bounded slice once per candidate stays linear.
 */
import type { MatchContext } from '../rule.js';
import { crc32Bytes } from '../util/hash.js';

export type Validator = (secret: string, ctx: MatchContext) => true | string;

/**
 * The text before the value: its own line, plus `lines` earlier lines when asked (a parent YAML key, an XML
 * element on the line above), never more than `reach` characters.
 */
export function textBefore(ctx: MatchContext, reach = 160, lines = 0): string {
  const start = ctx.secretStart;
  let from = start;
  let seen = -1;
  const limit = Math.max(0, start - reach);
  while (from > limit) {
    if (ctx.text.charCodeAt(from - 1) === 10 && ++seen >= lines) break;
    from--;
  }
  return ctx.text.slice(from, start);
}

/** The same line after the value, at most `reach` characters. */
export function textAfter(secret: string, ctx: MatchContext, reach = 120): string {
  const from = ctx.secretStart + secret.length;
  const rest = ctx.text.slice(from, from + reach);
  const nl = rest.indexOf('\n');
  return nl >= 0 ? rest.slice(0, nl) : rest;
}

/** Runs validators in order; the first failure wins. */
export function allOf(...checks: Validator[]): Validator {
  return (secret, ctx) => {
    for (const check of checks) {
      const verdict = check(secret, ctx);
      if (verdict !== true) return verdict;
    }
    return true;
  };
}

/** A UUID in either case, as several providers issue keys (Splunk HEC, Opsgenie, Heroku, Snyk). */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export { crc32Bytes };
