/**
 * Line-level edits on block-style YAML, for fixes that must leave the file parseable: delete a `key: value`
 * entry with its whole lines, insert lines at an indentation. Every helper refuses (returns undefined) when
 * the text is not laid out the way the edit assumes (flow style, two entries on one line), so a fix is offered
 * only when it is known to be safe.
 */
import { isMap, isScalar, type Node } from 'yaml';
import type { TextEdit } from '../finding.js';

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset just past the newline ending the line that holds `offset` (or the end of the text). */
export function lineEndIncl(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The spaces before `offset` on its line, when only spaces precede it; undefined otherwise. */
export function indentBefore(text: string, offset: number): string | undefined {
  const ls = lineStart(text, offset);
  const before = text.slice(ls, offset);
  return /^ *$/.test(before) ? before : undefined;
}

/** Block-style mapping node whose entries each start their own line. */
export function isBlockMap(node: Node | null | undefined): boolean {
  return Boolean(node && isMap(node) && (node as { flow?: boolean }).flow !== true);
}

/** `[start, end)` of an entry's whole lines: from its key's line start past the end of its value's last line. */
export function entryLines(text: string, keyNode: Node, value: Node | null): [number, number] | undefined {
  const keyStart = keyNode.range?.[0];
  if (keyStart === undefined || indentBefore(text, keyStart) === undefined) return undefined;
  const valueEnd = value?.range ? value.range[1] : keyNode.range![1];
  const start = lineStart(text, keyStart);
  const end = lineEndIncl(text, Math.max(keyNode.range![1], valueEnd - 1));
  // Another entry after the value on the same line (`a: 1, b: 2` only happens in flow style) is refused above,
  // but a trailing block scalar ends at the next entry's line start already.
  return [start, Math.max(end, start)];
}

export const deleteSpan = (span: [number, number]): TextEdit => ({ start: span[0], end: span[1], newText: '' });

/** A scalar written as plain `true`/`write` etc., compared lower-cased; undefined for collections. */
export function plainValue(node: Node | null | undefined): string | undefined {
  if (!node || !isScalar(node)) return undefined;
  const v = (node as { value: unknown }).value;
  return v === null || v === undefined ? undefined : String(v).toLowerCase();
}
