/**
 * Parsed forms of a file for the grant rules, computed once per file and shared by every grant rule (and, for
 * YAML, by the Kubernetes Secret rule, which uses the same cache key). Parse problems become notices: the file
 * is reported as partly or wholly unread and the scan goes on.
 */
import type { Node } from 'yaml';
import type { DocumentContext } from '../engine/document.js';
import { parseHcl, type HclFile } from '../parse/hcl.js';
import { parseYaml, type ParsedYaml } from '../parse/yaml.js';
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
 * The YAML / JSON documents of the file whose text passes `relevant` (given lower-cased), parsed one by one
 * and converted to value trees; a 5 MB manifest stream of Deployments and Services parses none of them. A
 * document that does not parse is noticed and skipped; the others are still read.
 */
export function yamlDocs(ctx: DocumentContext, relevant: (lower: string) => boolean = () => true): GrantDoc[] {
  const parsed = ctx.cache('grants/yaml-docs', () => new Map<number, GrantDoc | null>());
  const syntax = ctx.extension === '.json' ? 'json' : 'yaml';
  const out: GrantDoc[] = [];
  for (const [start, end] of documentSlices(ctx)) {
    let doc = parsed.get(start);
    if (doc === undefined) {
      const slice = ctx.text.slice(start, end);
      if (!relevant(slice.toLowerCase())) continue;
      doc = parseDocument(ctx, slice, start, end, syntax);
      parsed.set(start, doc);
    }
    if (doc) out.push(doc);
  }
  return out;
}

function parseDocument(ctx: DocumentContext, slice: string, start: number, end: number, syntax: 'yaml' | 'json'): GrantDoc | null {
  const p: ParsedYaml = parseYaml(slice, { maxDocuments: 2 });
  if (p.fatal) {
    ctx.notice('parse-error', `${syntax === 'json' ? 'JSON' : 'YAML'} could not be read: ${p.fatal.message}`, start + p.fatal.offset);
    return null;
  }
  const d = p.documents.find((x) => x.doc.contents !== null) ?? p.documents[0];
  if (!d) return null;
  if (d.errors.length > 0) {
    const e = d.errors[0]!;
    ctx.notice('parse-error', `a ${syntax === 'json' ? 'JSON' : 'YAML'} document does not parse (${e.message}); it was not checked for grants`, start + e.offset);
    return null;
  }
  const root = fromYaml(d.doc.contents as Node | null, { text: slice, base: start, templates: p.templates, syntax });
  return root ? { root, start, end } : null;
}

export function hclFile(ctx: DocumentContext): HclFile {
  return ctx.cache('parse/hcl', () => {
    const f = parseHcl(ctx.text);
    for (const e of f.errors.slice(0, 5)) ctx.notice('parse-error', `HCL: ${e.message}; the block was not checked for grants`, e.offset);
    return f;
  });
}
