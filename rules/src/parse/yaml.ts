/**
 * Multi-document YAML (and JSON, which the same parser reads) with source positions, for rules that need
 * structure: Kubernetes Secrets, RBAC, CI workflows. Never throws: a document that does not parse comes back
 * with its errors, so a rule can note it and go on with the others.
 *
 * Template languages (Helm / Go `{{ }}`, Jinja `{% %}`) are blanked out before parsing, keeping every offset,
 * because a chart with one templated line is still mostly plain YAML worth reading; the blanked spans are kept
 * so that a rule can tell a templated value from a literal one.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Scalar } from 'yaml';

export interface YamlError {
  message: string;
  /** Offset in the original text. */
  offset: number;
}

export interface YamlDocument {
  /** The parsed document; `doc.contents` is its root node (or null for an empty document). */
  doc: Document.Parsed;
  /** `[start, end)` of the document in the text. */
  start: number;
  end: number;
  errors: YamlError[];
}

export interface ParsedYaml {
  documents: YamlDocument[];
  /** `[start, end)` spans of template syntax that were blanked before parsing. */
  templates: [number, number][];
  /** Set when the parser itself gave up on the whole text (e.g. nesting too deep for the stack). */
  fatal?: YamlError;
  /** More documents than `maxDocuments`: the rest were not returned. */
  truncated?: boolean;
}

export interface YamlOptions {
  /** Documents returned at most; past it `truncated` is set. Default 10,000. */
  maxDocuments?: number;
  /** Blank `{{ }}` / `{% %}` / `{# #}` and leading tabs before parsing. Default true. */
  tolerateTemplates?: boolean;
}

// The body of an action cannot hold its own closing character, so a line of many actions splits one way only.
const TEMPLATE = /\{\{[^}\n]{0,2000}\}\}|\{%[^%\n]{0,2000}%\}|\{#[^#\n]{0,2000}#\}/g;
const ONLY_TEMPLATES = /^[ \t]*(?:(?:\{\{[^}\n]{0,2000}\}\}|\{%[^%\n]{0,2000}%\}|\{#[^#\n]{0,2000}#\})[ \t]*){1,100}$/;

/**
 * Same-length copy of `text` in which template actions are neutral: a line made only of actions
 * (`{{- if .Values.x }}`) becomes blank, an action inside a line becomes underscores (a plain scalar), and
 * tabs used as indentation become spaces.
 */
export function blankTemplates(text: string): { text: string; templates: [number, number][] } {
  const templates: [number, number][] = [];
  const hasTemplates = text.includes('{{') || text.includes('{%') || text.includes('{#');
  if (!hasTemplates && !/^[ ]*\t/m.test(text)) return { text, templates };
  const lines = text.split('\n');
  let offset = 0;
  const out: string[] = [];
  for (const line of lines) {
    let l = line;
    if (hasTemplates && l.includes('{')) {
      if (ONLY_TEMPLATES.test(l.replace(/\r$/, ''))) {
        templates.push([offset, offset + l.length]);
        l = l.replace(/[^\r]/g, ' ');
      } else {
        TEMPLATE.lastIndex = 0;
        l = l.replace(TEMPLATE, (m: string, at: number) => {
          templates.push([offset + at, offset + at + m.length]);
          return '_'.repeat(m.length);
        });
      }
    }
    const indent = /^[ \t]*/.exec(l)![0];
    if (indent.includes('\t')) l = indent.replace(/\t/g, ' ') + l.slice(indent.length);
    out.push(l);
    offset += line.length + 1;
  }
  return { text: out.join('\n'), templates };
}

/** Parses every document in `text`. Offsets in the result refer to `text` itself. */
export function parseYaml(text: string, options: YamlOptions = {}): ParsedYaml {
  const tolerate = options.tolerateTemplates ?? true;
  const { text: source, templates } = tolerate ? blankTemplates(text) : { text, templates: [] as [number, number][] };
  const documents: YamlDocument[] = [];
  let truncated = false;
  try {
    const docs = parseAllDocuments(source, {
      logLevel: 'silent',
      prettyErrors: false,
      uniqueKeys: false,
    });
    const list = Array.isArray(docs) ? docs : [];
    const max = options.maxDocuments ?? 10_000;
    if (list.length > max) truncated = true;
    for (const doc of list.slice(0, max)) {
      const [start, , end] = doc.range;
      documents.push({
        doc,
        start,
        end,
        errors: doc.errors.map((e) => ({ message: firstLine(e.message), offset: e.pos[0] })),
      });
    }
  } catch (err) {
    return { documents, templates, fatal: { message: err instanceof Error ? firstLine(err.message) : 'parse failed', offset: 0 } };
  }
  return truncated ? { documents, templates, truncated } : { documents, templates };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

export type PathSegment = string | number;

export interface YamlVisit {
  /** Keys and indices from the document root to this node. */
  path: PathSegment[];
  /** The key node, when this node is a mapping value. */
  key?: Node;
  node: Node;
  depth: number;
}

/**
 * Every node under `root`, depth first, with its key path. Aliases are yielded but never followed (so an
 * alias bomb costs nothing), and nesting past `maxDepth` is not entered. Callers that need plain values
 * should use `toJs`, which caps alias expansion.
 */
export function* walk(root: Node | null | undefined, maxDepth = 64): Generator<YamlVisit> {
  if (!root) return;
  const stack: YamlVisit[] = [{ path: [], node: root, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    yield visit;
    const { node, depth, path } = visit;
    if (depth >= maxDepth || isAlias(node)) continue;
    const children: YamlVisit[] = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !pair.value) continue;
        const key = pair.key as Node | null;
        children.push({ path: [...path, keyText(key) ?? '?'], key: key ?? undefined, node: pair.value as Node, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (item) children.push({ path: [...path, i], node: item as Node, depth: depth + 1 });
      });
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** A key as text (`kind`, `0`), or undefined when the key is itself a collection. */
export function keyText(key: Node | null | undefined): string | undefined {
  if (!key) return undefined;
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  return undefined;
}

/** The value node under `key` in a mapping node (first match), or undefined. */
export function mapGet(node: Node | null | undefined, key: string): Node | undefined {
  if (!node || !isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isPair(pair) && keyText(pair.key as Node | null) === key) return (pair.value as Node | null) ?? undefined;
  }
  return undefined;
}

/** Key/value pairs of a mapping node with a text key, in order. */
export function mapEntries(node: Node | null | undefined): { key: string; keyNode: Node; value: Node | null }[] {
  if (!node || !isMap(node)) return [];
  const out: { key: string; keyNode: Node; value: Node | null }[] = [];
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const k = keyText(pair.key as Node | null);
    if (k !== undefined) out.push({ key: k, keyNode: pair.key as Node, value: (pair.value as Node | null) ?? null });
  }
  return out;
}

/** A scalar's value as text (numbers and booleans too), or undefined for collections, aliases and null. */
export function scalarText(node: Node | null | undefined): string | undefined {
  if (!node || !isScalar(node)) return undefined;
  const v = (node as Scalar).value;
  if (v === null || v === undefined) return undefined;
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : undefined;
}

/**
 * Where a scalar's content sits in the source: inside the quotes of a quoted scalar, after the header line of
 * a block scalar (`|`, `>`), and the whole plain scalar otherwise. Used to underline exactly the value.
 */
export function scalarContentRange(node: Node, source: string): [number, number] | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  let [start, end] = node.range;
  switch (node.type) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return end - start >= 2 ? [start + 1, end - 1] : undefined;
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      const nl = source.indexOf('\n', start);
      if (nl < 0 || nl >= end) return undefined;
      start = nl + 1;
      while (start < end && (source[start] === ' ' || source[start] === '\t')) start++;
      while (end > start && /\s/.test(source[end - 1]!)) end--;
      return end > start ? [start, end] : undefined;
    }
    default:
      while (end > start && /\s/.test(source[end - 1]!)) end--;
      return end > start ? [start, end] : undefined;
  }
}

/** True when `[start, end)` overlaps a blanked template span. */
export function overlapsTemplate(templates: readonly [number, number][], start: number, end: number): boolean {
  for (const [s, e] of templates) if (s < end && start < e) return true;
  return false;
}

/** Alias expansions allowed when converting to plain JS: a billion-laughs document fails instead of growing. */
export const MAX_ALIAS_COUNT = 50;

/** Plain JS value of a node or document (aliases capped by `MAX_ALIAS_COUNT`), or undefined if it fails. */
export function toJs(doc: Document.Parsed, node?: Node | null): unknown {
  try {
    return node ? node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}
