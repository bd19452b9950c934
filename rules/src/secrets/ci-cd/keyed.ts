import type { MatchContext, PatternRule } from '../../index.js';

/**
 * Shared shape of the keyword-context rules (formats with no prefix, in ci-cd/, code-hosting/ and
 * package-registries/). The rule's regex only finds "assignment, then a value of the right shape"; `validate`
 * then reads the key in front of the assignment and requires the provider's name and a key-ish word in it.
 * Splitting it this way keeps each regex small and linear (a name, a gap and a key word in one regex overlap,
 * and recheck cannot prove those safe), and lets the key check look at the whole key name. The provider's name
 * may instead be in the two lines above (a YAML block such as `codecov:` or a workflow step's `uses:`).
 *
 * Assignments covered: `=`, `:`, `:=`, `::=`, `?=`, `.=` (PHP), `=>` (Ruby, Perl, Logstash), Go's
 * `var x string =`, a call's `"KEY", "value"` and an XML element `<sonar.login>value`, whose value may be on the
 * next line (so these rules read two lines around the keyword's).
 */
const KEY_BEFORE = /([A-Za-z_$@][\w.$@-]{0,80})["']?(?:\s{1,3}string)?\s{0,3}(?:[:?.+]{0,3}=>?|:|,|>)\s{0,12}["'`]?$/;
const KEY_BEFORE_SPACES = /([A-Za-z_$@][\w.$@ -]{0,80})["']?\s{0,3}(?:[:?.+]{0,3}=>?|:|,|>)\s{0,12}["'`]?$/;

export interface Keyed {
  /** Provider names, a regex alternation (`gitea|forgejo`); empty when the key word alone names the secret. */
  names: string;
  /** Key-ish words that must also be in the key (`token|secret`). */
  keys: string;
  /** The secret's own shape (`[0-9a-f]{40}`). */
  value: string;
  /** Characters that may not follow the value (`[0-9a-z]`), checked in `validate` so the regex needs no lookahead. */
  after: RegExp;
  /** The key may contain spaces (prose such as `bitrise workspace api token: …`). */
  spaces?: boolean;
  /** The key word may be left out (`cloudsmith: <key>`). */
  optionalKey?: boolean;
  /** A CLI subcommand that takes the value as its argument (`auth` for `snyk auth <token>`). */
  command?: string;
  /** A word that must appear within a few hundred characters (for generic key names such as `secret_id`). */
  near?: RegExp;
}

export function keyedSecret(k: Keyed): Pick<PatternRule, 'pattern' | 'linesAround' | 'validate'> {
  const names = k.names ? new RegExp(k.names, 'i') : undefined;
  const keys = new RegExp(`(?:${k.keys})`, 'i');
  const keyBefore = k.spaces ? KEY_BEFORE_SPACES : KEY_BEFORE;
  // The command form is a literal branch: a bare whitespace branch would overlap `\s{0,12}` (and recheck flags it).
  const op = k.command ? String.raw`(?:[=:>,]\s{0,12}|${k.command}\s)` : String.raw`[=:>,]\s{0,12}`;
  const commandBefore = k.command ? new RegExp(String.raw`(?:${k.names})\s{1,3}${k.command}\s$`, 'i') : undefined;
  return {
    pattern: new RegExp(String.raw`${op}["'\x60]?(${k.value})`, 'i'),
    linesAround: 2,
    validate: (secret: string, ctx: MatchContext) => {
      const next = ctx.text.charAt(ctx.secretStart + secret.length);
      if (next && k.after.test(next)) return 'part of a longer value';
      const before = ctx.text.slice(Math.max(0, ctx.secretStart - 160), ctx.secretStart);
      if (k.near && !k.near.test(ctx.text.slice(Math.max(0, ctx.secretStart - 400), ctx.secretStart + 400))) {
        return 'no provider context nearby';
      }
      if (commandBefore?.test(before)) return true;
      const key = keyBefore.exec(before)?.[1];
      if (!key) return 'not assigned to a named key';
      // The provider may also name the enclosing block two lines up (`codecov:` / `uses: codecov/codecov-action`).
      const enclosing = before.split('\n').slice(-3, -1).join('\n');
      if (names && !names.test(key) && !names.test(enclosing)) return `key "${key.slice(0, 40)}" does not name the provider`;
      if (!k.optionalKey && !keys.test(key)) return `key "${key.slice(0, 40)}" is not a token or secret name`;
      return true;
    },
  };
}

/** A UUID in any case (several providers issue UUID tokens). */
export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
