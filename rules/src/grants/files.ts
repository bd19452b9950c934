/**
 * Parsed forms of a file for the grant rules, computed once per file and shared by every grant rule (and, for
 * YAML, by the Kubernetes Secret rule, which uses the same cache key). Parse problems become notices: the file
 * is reported as partly or wholly unread and the scan goes on.
 */
import type { Node } from 'yaml';
import type { DocumentContext } from '../engine/document.js';
import { parseHcl, type HclFile } from '../parse/hcl.js';
import { blankTemplates, parseYaml, type ParsedYaml } from '../parse/yaml.js';
import { fastYaml } from './fast-yaml.js';
import { fromYaml, type GValue } from './value.js';

export interface GrantDoc {
  root: GValue;
  /** Offset of the document in the file (multi-document YAML). */
  start: number;
  end: number;
}

const YAML_EXT = new Set(['.yaml', '.yml', '.json', '.template', '.tpl', '.gotmpl']);

export const isYamlLike = (path: string): boolean => {
  const dot = path.lastIndexOf('.');
  return dot >= 0 && YAML_EXT.has(path.slice(dot)) && !path.endsWith('.tf.json');
};
export const isTerraform = (path: string): boolean => path.endsWith('.tf') || path.endsWith('.hcl');
const JS_PATH = /\.(?:[cm]?[jt]s|tsx|jsx)$/;
export const isJsLike = (path: string): boolean => JS_PATH.test(path) && !path.endsWith('.d.ts');

/** Every regex of this module, for the ReDoS test. */
export const FILE_REGEXES: readonly RegExp[] = [JS_PATH];

/** `[start, end)` of each YAML document: split at `---` lines, so that only relevant documents are parsed. */
function documentSlices(ctx: DocumentContext): [number, number][] {
  return ctx.cache('grants/yaml-slices', () => {
    const text = ctx.text;
    const out: [number, number][] = [];
    let start = 0;
    let i = text.startsWith('---') ? 0 : text.indexOf('\n---');
    while (i >= 0) {
      const lineStart = i === 0 ? 0 : i + 1;
      const after = text.charCodeAt(lineStart + 3);
      // `---` followed by a space, a newline or the end is a document marker; `----` is not.
      if (Number.isNaN(after) || after === 10 || after === 13 || after === 32 || after === 9) {
        if (lineStart > start) out.push([start, lineStart]);
        start = lineStart;
      }
      i = text.indexOf('\n---', lineStart + 1);
    }
    out.push([start, text.length]);
    return out;
  });
}

/**
 * The file's text lower-cased once, for the relevance tests of `yamlDocs` and the file-level keyword tests: a
 * slice of it is a view, not a copy, where lower-casing each of thousands of documents made as many strings
 * (much of a manifest stream's garbage). Undefined when lower-casing changes the length (U+0130 becomes two
 * characters), which would shift offsets; callers then lower-case each slice. The one context-dependent
 * mapping (a final sigma) only ever yields non-ASCII letters, so the ASCII words looked for match the same.
 */
export function lowerText(ctx: DocumentContext): string | undefined {
  return ctx.cache('grants/lower', () => {
    const lower = ctx.text.toLowerCase();
    return lower.length === ctx.text.length ? lower : undefined;
  });
}

/**
 * The YAML / JSON documents of the file whose text passes `relevant` (given lower-cased), parsed one by one
 * and converted to value trees; a 5 MB manifest stream of Deployments and Services parses none of them. A
 * document that does not parse is noticed and skipped; the others are still read.
 */
export function yamlDocs(ctx: DocumentContext, relevant: (lower: string) => boolean = () => true): GrantDoc[] {
  const parsed = ctx.cache('grants/yaml-docs', () => new Map<number, GrantDoc | null>());
  const syntax = ctx.extension === '.json' ? 'json' : 'yaml';
  const out: GrantDoc[] = [];
  const lower = lowerText(ctx);
  for (const [start, end] of documentSlices(ctx)) {
    let doc = parsed.get(start);
    if (doc === undefined) {
      if (!relevant(lower !== undefined ? lower.slice(start, end) : ctx.text.slice(start, end).toLowerCase())) continue;
      doc = parseDocument(ctx, ctx.text.slice(start, end), start, end, syntax);
      parsed.set(start, doc);
    }
    if (doc) out.push(doc);
  }
  return out;
}

function parseDocument(ctx: DocumentContext, slice: string, start: number, end: number, syntax: 'yaml' | 'json'): GrantDoc | null {
  const r = readYamlDocument(slice, start, syntax);
  if (r.notice) ctx.notice('parse-error', r.notice.message, r.notice.offset);
  return r.root ? { root: r.root, start, end } : null;
}

export interface DocumentRead {
  root?: GValue;
  notice?: { message: string; offset: number };
}

/**
 * One document slice (at `start` in the file) as a value tree, or the notice its parse error gives. Plain
 * documents go through the fast reader (`fast-yaml.ts`); the rest, and all of them with `slow` (the
 * differential test's reference), through the `yaml` package.
 */
export function readYamlDocument(slice: string, start: number, syntax: 'yaml' | 'json', slow = false): DocumentRead {
  if (!slow) {
    const { text, templates } = blankTemplates(slice);
    const fast = fastYaml(text, start, templates, syntax);
    if (fast) return fast.root ? { root: fast.root } : {};
  }
  const p: ParsedYaml = parseYaml(slice, { maxDocuments: 2 });
  if (p.fatal) return { notice: { message: `${syntax === 'json' ? 'JSON' : 'YAML'} could not be read: ${p.fatal.message}`, offset: start + p.fatal.offset } };
  const d = p.documents.find((x) => x.doc.contents !== null) ?? p.documents[0];
  if (!d) return {};
  if (d.errors.length > 0) {
    const e = d.errors[0]!;
    return { notice: { message: `a ${syntax === 'json' ? 'JSON' : 'YAML'} document does not parse (${e.message}); it was not checked for grants`, offset: start + e.offset } };
  }
  const root = fromYaml(d.doc.contents as Node | null, { text: slice, base: start, templates: p.templates, syntax });
  return root ? { root } : {};
}

export function hclFile(ctx: DocumentContext): HclFile {
  return ctx.cache('parse/hcl', () => {
    const f = parseHcl(ctx.text);
    for (const e of f.errors.slice(0, 5)) ctx.notice('parse-error', `HCL: ${e.message}; the block was not checked for grants`, e.offset);
    return f;
  });
}
