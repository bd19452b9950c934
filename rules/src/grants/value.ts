/**
 * One positioned value tree for every format a grant can be written in (YAML, JSON, HCL, a TypeScript object
 * literal), so each grant judgement (an IAM statement, an RBAC rule, a role binding) is written once and reads
 * the same whether the policy came from CloudFormation, a heredoc, `jsonencode` or CDK.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import type { HclExpr } from '../parse/hcl.js';
import { keyText, overlapsTemplate, scalarContentRange } from '../parse/yaml.js';

export type Syntax = 'yaml' | 'json' | 'hcl' | 'js';

interface Positioned {
  /** `[start, end)` to underline: a string's content (inside its quotes), a collection's whole span. */
  start: number;
  end: number;
  syntax: Syntax;
}

export interface GString extends Positioned {
  kind: 'string';
  value: string;
  /** Interpolated, templated or produced by an intrinsic (`!Sub`, `${var.x}`, `{{ .Values.x }}`): not a literal. */
  dynamic: boolean;
  /** The literal with its quotes (what a fix replaces). */
  litStart: number;
  litEnd: number;
  /** The quote the literal was written with ('' for a plain YAML scalar). */
  quote: string;
}

export interface GList extends Positioned {
  kind: 'list';
  items: GValue[];
  /** Written inline (`[a, b]`), so a fix may add items next to one. */
  flow: boolean;
}

export interface GEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: GValue;
  /**
   * Where a fix that swaps the whole value writes, and the text it writes first. A YAML block value is
   * replaced from just after the colon (` [a, b]`), so that the result stays a valid mapping.
   */
  replaceStart: number;
  replaceEnd: number;
  replacePrefix: string;
}

export interface GMap extends Positioned {
  kind: 'map';
  entries: GEntry[];
}

/** Numbers, references, function calls, intrinsics, aliases: values the rules do not judge. */
export interface GOther extends Positioned {
  kind: 'other';
}

export type GValue = GString | GList | GMap | GOther;

export const MAX_VALUE_DEPTH = 64;

export function get(map: GValue | undefined, key: string): GValue | undefined {
  if (!map || map.kind !== 'map') return undefined;
  for (const e of map.entries) if (e.key === key) return e.value;
  return undefined;
}

export function entry(map: GValue | undefined, key: string): GEntry | undefined {
  if (!map || map.kind !== 'map') return undefined;
  return map.entries.find((e) => e.key === key);
}

/** Case-insensitive key lookup, for formats whose authors vary the case (`effect`, `Effect`). */
export function getCI(map: GValue | undefined, key: string): GValue | undefined {
  if (!map || map.kind !== 'map') return undefined;
  const k = key.toLowerCase();
  for (const e of map.entries) if (e.key.toLowerCase() === k) return e.value;
  return undefined;
}

export function entryCI(map: GValue | undefined, key: string): GEntry | undefined {
  if (!map || map.kind !== 'map') return undefined;
  const k = key.toLowerCase();
  return map.entries.find((e) => e.key.toLowerCase() === k);
}

/** A literal string's value (not dynamic), or undefined. */
export function str(v: GValue | undefined): string | undefined {
  return v && v.kind === 'string' && !v.dynamic ? v.value : undefined;
}

/** The strings of a value that is one string or a list of them (the IAM `"a"` / `["a", "b"]` shape). */
export function strings(v: GValue | undefined): GString[] {
  if (!v) return [];
  if (v.kind === 'string') return [v];
  if (v.kind === 'list') return v.items.filter((i): i is GString => i.kind === 'string');
  return [];
}

/** Every map reachable from `root`, depth first with parent keys, bounded in depth. */
export function* maps(root: GValue | undefined, path: string[] = [], depth = 0): Generator<{ map: GMap; path: string[] }> {
  if (!root || depth > MAX_VALUE_DEPTH) return;
  if (root.kind === 'map') {
    yield { map: root, path };
    for (const e of root.entries) yield* maps(e.value, [...path, e.key], depth + 1);
  } else if (root.kind === 'list') {
    for (const item of root.items) yield* maps(item, path, depth + 1);
  }
}

// ---------------------------------------------------------------------------------------------------------
// YAML and JSON (the `yaml` package reads both, with positions)

export interface YamlSource {
  /** The text the nodes' ranges refer to. */
  text: string;
  /** Added to every offset (a policy parsed out of a heredoc). */
  base: number;
  /** Spans holding template syntax (`{{ }}`, `${ }`), in the node's own coordinates. */
  templates: readonly [number, number][];
  syntax: 'yaml' | 'json';
}

/** A one-key map with this key is a CloudFormation intrinsic (`{ Ref: x }`, `{ Fn::Sub: … }`): not a literal. */
export const CFN_INTRINSIC = /^(?:Ref|Condition|Fn::[A-Za-z]+)$/;

export function fromYaml(node: Node | null | undefined, src: YamlSource, depth = 0): GValue | undefined {
  if (!node || !node.range) return undefined;
  // range[1] is where the value ends; range[2] also takes in trailing whitespace and comments.
  const [s0, e0] = node.range;
  const base = src.base;
  const other = (): GOther => ({ kind: 'other', start: base + s0, end: base + trimEnd(src.text, s0, e0), syntax: src.syntax });
  if (depth > MAX_VALUE_DEPTH || isAlias(node)) return other();
  // CloudFormation short-form intrinsics (!Ref, !Sub, !GetAtt, !Join, !If…) compute the value at deploy time.
  const intrinsic = typeof node.tag === 'string' && node.tag.startsWith('!');
  if (isScalar(node)) {
    const v = (node as Scalar).value;
    if (typeof v !== 'string') return other();
    const range = scalarContentRange(node, src.text);
    if (!range) {
      const q = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (!q) return other();
      // An empty quoted string: keep it (RBAC's core API group is "").
      return { kind: 'string', value: '', dynamic: false, start: base + s0 + 1, end: base + s0 + 1, litStart: base + s0, litEnd: base + e0, quote: src.text[s0]!, syntax: src.syntax };
    }
    const [cs, ce] = range;
    const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : '';
    const litEnd = quote ? e0 : ce;
    return {
      kind: 'string',
      value: v,
      dynamic: intrinsic || overlapsTemplate(src.templates, s0, e0),
      start: base + cs,
      end: base + ce,
      litStart: base + s0,
      litEnd: base + litEnd,
      quote,
      syntax: src.syntax,
    };
  }
  if (intrinsic) return other();
  if (isSeq(node)) {
    const items: GValue[] = [];
    for (const item of node.items) {
      const v = fromYaml(item as Node, src, depth + 1);
      if (v) items.push(v);
    }
    return { kind: 'list', items, flow: Boolean(node.flow) || src.syntax === 'json', start: base + s0, end: base + trimEnd(src.text, s0, e0), syntax: src.syntax };
  }
  if (isMap(node)) {
    const entries: GEntry[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const key = keyText(keyNode);
      if (key === undefined || !keyNode?.range) continue;
      const value = fromYaml(pair.value as Node | null, src, depth + 1);
      if (!value) continue;
      const valueNode = pair.value as Node;
      const block = src.syntax === 'yaml' && !(isSeq(valueNode) || isMap(valueNode) ? valueNode.flow : true);
      let replaceStart = value.kind === 'string' ? value.litStart : value.start;
      let replacePrefix = '';
      if (block) {
        const colon = src.text.indexOf(':', keyNode.range[1]);
        if (colon >= 0 && colon < s0 + (valueNode.range![0] - s0)) {
          replaceStart = base + colon + 1;
          replacePrefix = ' ';
        }
      }
      entries.push({
        key,
        keyStart: base + keyNode.range[0],
        keyEnd: base + keyNode.range[1],
        value,
        replaceStart,
        replaceEnd: value.kind === 'string' ? value.litEnd : value.end,
        replacePrefix,
      });
    }
    if (entries.length === 1 && CFN_INTRINSIC.test(entries[0]!.key)) return other();
    return { kind: 'map', entries, start: base + s0, end: base + trimEnd(src.text, s0, e0), syntax: src.syntax };
  }
  return other();
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // A block collection's range may run into a following comment line.
  return end;
}

// ---------------------------------------------------------------------------------------------------------
// HCL

export function fromHcl(e: HclExpr | undefined, depth = 0): GValue | undefined {
  if (!e) return undefined;
  if (depth > MAX_VALUE_DEPTH) return { kind: 'other', start: e.start, end: e.end, syntax: 'hcl' };
  switch (e.type) {
    case 'string':
      return { kind: 'string', value: e.value, dynamic: e.templated, start: e.contentStart, end: e.contentEnd, litStart: e.start, litEnd: e.end, quote: '"', syntax: 'hcl' };
    case 'tuple':
      return { kind: 'list', items: e.items.map((i) => fromHcl(i, depth + 1)!), flow: true, start: e.start, end: e.end, syntax: 'hcl' };
    case 'object':
      return {
        kind: 'map',
        entries: e.items
          .filter((i) => i.key !== undefined)
          .map((i) => {
            const value = fromHcl(i.value, depth + 1)!;
            return { key: i.key!, keyStart: i.keyStart, keyEnd: i.keyEnd, value, replaceStart: i.value.start, replaceEnd: i.value.end, replacePrefix: '' };
          }),
        start: e.start,
        end: e.end,
        syntax: 'hcl',
      };
    default:
      return { kind: 'other', start: e.start, end: e.end, syntax: 'hcl' };
  }
}
