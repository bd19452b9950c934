/**
 * What every grant judgement hands back, and the fix builders they share. A grant finding names the resource
 * and the statement (never a line) for its fingerprint, points at the exact offending value, and carries a
 * suggestion that leaves the file parseable: values the author must choose are snippet placeholders.
 */
import type { Fix, Severity } from '../finding.js';
import type { DocumentContext } from '../engine/document.js';
import type { GEntry, GString, GValue } from './value.js';

export interface GrantIssue {
  ruleId: string;
  start: number;
  end: number;
  message: string;
  severity?: Severity;
  identity: string;
  resource?: string;
  fixes?: Fix[];
}

/** Reports the issues of one rule from a per-file analysis shared by all grant rules of a family. */
export function reportIssues(ctx: DocumentContext, ruleId: string, issues: readonly GrantIssue[]): void {
  for (const i of issues) {
    if (i.ruleId !== ruleId) continue;
    ctx.report({ start: i.start, end: i.end, identity: i.identity, message: i.message, severity: i.severity, resource: i.resource, fixes: i.fixes });
  }
}

/** Text safe inside a snippet: `$`, `}` and `\` are syntax there. */
export function snippetText(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/** Quote a string for the syntax it is written in; JSON-style double quotes are valid in YAML, HCL and JS too. */
export function quoted(node: GValue, inner: string): string {
  const q = node.syntax === 'js' && (node.kind === 'string' && (node.quote === "'" || node.quote === '`')) ? "'" : '"';
  return `${q}${inner}${q}`;
}

/** A flow list of quoted items in the syntax of `near` (`["a", "b"]`). */
export function flowList(near: GValue, items: string[]): string {
  return `[${items.map((i) => quoted(near, i)).join(', ')}]`;
}

/** Replace one string literal (quotes included). `inner` may hold snippet placeholders when `snippet` is set. */
export function replaceString(node: GString, inner: string, title: string, snippet: boolean): Fix {
  return { title, kind: 'suggestion', snippet: snippet || undefined, edits: [{ start: node.litStart, end: node.litEnd, newText: quoted(node, inner) }] };
}

/** Replace a whole value (a list, a map, a scalar) with flow text. */
export function replaceValue(entry: GEntry, text: string, title: string, snippet: boolean): Fix {
  return { title, kind: 'suggestion', snippet: snippet || undefined, edits: [{ start: entry.replaceStart, end: entry.replaceEnd, newText: entry.replacePrefix + text }] };
}

/** Short, readable list of names for a message (never more than `max`). */
export function nameList(names: readonly string[], max = 3): string {
  const uniq = [...new Set(names)];
  return uniq.length <= max ? uniq.join(', ') : `${uniq.slice(0, max).join(', ')} and ${uniq.length - max} more`;
}

/** A value shortened for a message; grant values are identifiers, never secrets, but may be long. */
export function clip(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
