/**
 * Inline suppression: `nhilint-ignore <rule-id>[, <rule-id>] -- <reason>` on the finding's line or the line
 * above, in whatever comment syntax the file uses (we only look for the marker, so `#`, `//`, `<!-- -->`,
 * `--` and `;` comments all work). `nhilint-ignore-line` is accepted as a synonym. A suppression without a
 * reason does not suppress: it is itself reported, so every exception in the code base is explained.
 */
import { lineEndAt, lineStartAt } from '../util/text.js';

export const SUPPRESSION_MARKER = 'nhilint-ignore';

export interface Suppression {
  /** 0-based line of the comment. */
  line: number;
  /** Rule ids, or `*` for any rule. */
  rules: string[];
  reason: string;
  start: number;
  end: number;
}

const RULE_ID = /^[A-Za-z0-9*][A-Za-z0-9_.*-]*$/;

/** Parsed by hand rather than with one regex: the line is attacker-controlled text of any length. */
export function parseSuppression(text: string, markerEnd: number, line0: number): Suppression | undefined {
  const markerStart = markerEnd - SUPPRESSION_MARKER.length;
  const lineStart = lineStartAt(text, markerStart);
  const lineEnd = lineEndAt(text, markerStart);
  // The marker must not be the tail of an identifier (`my_nhilint-ignore`).
  if (markerStart > lineStart && /[A-Za-z0-9_]/.test(text[markerStart - 1]!)) return undefined;
  let rest = text.slice(markerEnd, Math.min(lineEnd, markerEnd + 2000)).replace(/\r$/, '');
  for (const variant of ['-next-line', '-line']) if (rest.startsWith(variant)) rest = rest.slice(variant.length);
  if (rest.length && !/^[\s:]/.test(rest)) return undefined;
  rest = rest.replace(/^:/, '');
  for (const closer of ['-->', '*/', '#}', '%>']) {
    const i = rest.lastIndexOf(closer);
    if (i >= 0 && rest.slice(i + closer.length).trim() === '') rest = rest.slice(0, i);
  }
  const sep = rest.indexOf('--');
  const head = sep >= 0 ? rest.slice(0, sep) : rest;
  const reason = sep >= 0 ? rest.slice(sep + 2).trim() : '';
  const rules: string[] = [];
  for (const word of head.split(/[\s,]+/)) {
    if (!word) continue;
    if (!RULE_ID.test(word)) break;
    rules.push(word);
  }
  return {
    line: line0,
    rules: rules.length ? rules : ['*'],
    reason,
    start: markerStart,
    end: markerEnd + Math.min(lineEnd - markerEnd, 2000),
  };
}

export function suppressionCovers(s: Suppression, ruleId: string): boolean {
  return s.rules.includes('*') || s.rules.includes(ruleId);
}
