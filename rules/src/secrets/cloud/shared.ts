/**
 * Pieces the cloud rules share: the context check of formats without a prefix, and lifetime helpers for
 * formats whose expiry is written in the value.
 *
 * Prefix-less formats are matched by value only (a bounded run with boundaries on both sides) and `validate`
 * reads what stands before the value. Gaps such as `aws[\w.-]{0,20}secret[\w.-]{0,20}=` in the regex itself are
 * what recheck proves polynomial; a value-only regex stays linear, and the context check runs once per
 * candidate on a short string.
 */
import type { MatchContext } from '../../rule.js';
import { textBefore, type Validator } from '../context.js';

export { textAfter, textBefore, type Validator } from '../context.js';

/** Builds a rule regex from source pieces. */
export function re(source: string, flags = ''): RegExp {
  return new RegExp(source, flags);
}

/**
 * The setting a value is assigned to, e.g. `AWS_SECRET_ACCESS_KEY`: an identifier, closing quotes or brackets,
 * one or more of `=` `:` `>` `,` `(` `?` and blanks (`=`, `:=`, `=>`, `::=`, XML `>`, map literals, setters,
 * CLI flags, .netrc), an opening quote, then the value. Covers env files, YAML, JSON (also escaped), XML,
 * source code and command lines.
 */
const ASSIGNED = /([A-Za-z_][\w.-]{0,60})["'`\])\\]{0,3}[ \t:=>,(?]{1,6}["'`\\]{0,2}$/;

export function settingName(ctx: MatchContext): string {
  return ASSIGNED.exec(textBefore(ctx))?.[1] ?? '';
}


/**
 * A `validate` for prefix-less formats: the setting name must pass `name`; `provider`, when given, must occur in
 * the name or (with `lines`) in the lines just above, as in a YAML block under `heroku:` or a `.netrc` entry.
 */
export function assignedTo(spec: { name: RegExp; provider?: RegExp; lines?: number; what: string }): Validator {
  return (_secret, ctx) => {
    const name = settingName(ctx);
    if (!name || !spec.name.test(name)) return `not assigned to ${spec.what}`;
    if (spec.provider && !spec.provider.test(name) && !(spec.lines && spec.provider.test(textBefore(ctx, 400, spec.lines)))) {
      return `no provider name next to ${spec.what}`;
    }
    return true;
  };
}

/** Key-ish words in a setting name. */
export const KEYISH = /key|token|secret|passw(?:or)?d|pwd|pass(?:$|[_.-])|pat(?:$|[_.-])|auth/i;

/** "3 days", "12 hours": the longest whole unit of a duration in milliseconds. */
export function durationWords(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} minutes`;
  if (hours < 48) return `${Math.round(hours)} hours`;
  return `${Math.round(hours / 24)} days`;
}

/** Text within `radius` characters of the match, for rules whose lifetime depends on what sits next to it. */
export function around(text: string, start: number, radius: number): string {
  return text.slice(Math.max(0, start - radius), start + radius);
}
