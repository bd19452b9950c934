import { describe, expect, it } from 'vitest';
import type { Node } from 'yaml';
import { blankTemplates, mapGet, overlapsTemplate, parseYaml, scalarContentRange, scalarText, toJs, walk } from './yaml.js';

describe('parseYaml', () => {
  it('returns every document with its own range and errors, and never throws', () => {
    const text = 'a: 1\n---\nb: [unclosed\n---\nc: 3\n';
    const { documents, fatal } = parseYaml(text);
    expect(fatal).toBeUndefined();
    expect(documents).toHaveLength(3);
    expect(documents.map((d) => d.errors.length > 0)).toEqual([false, true, false]);
    expect(text.slice(documents[2]!.start, documents[2]!.end)).toContain('c: 3');
    expect(scalarText(mapGet(documents[2]!.doc.contents as Node, 'c'))).toBe('3');
    expect(documents[1]!.errors[0]!.offset).toBeGreaterThanOrEqual(documents[1]!.start);
  });

  it('reads JSON too', () => {
    const { documents } = parseYaml('{\n\t"kind": "Secret",\n\t"data": {"k": "dg=="}\n}\n');
    expect(documents[0]!.errors).toEqual([]);
    expect(scalarText(mapGet(documents[0]!.doc.contents as Node, 'kind'))).toBe('Secret');
  });

  it('keeps offsets while blanking Helm templates, and reports the blanked spans', () => {
    const text = 'metadata:\n  name: {{ .Release.Name }}-app\n{{- if .Values.x }}\ndata:\n  k: {{ .Values.k | b64enc }}\n{{- end }}\n';
    const { documents, templates } = parseYaml(text);
    expect(documents[0]!.errors).toEqual([]);
    const root = documents[0]!.doc.contents as Node;
    const k = mapGet(mapGet(root, 'data'), 'k')!;
    const [s, e] = scalarContentRange(k, text)!;
    expect(text.slice(s, e)).toBe('{{ .Values.k | b64enc }}');
    expect(overlapsTemplate(templates, s, e)).toBe(true);
    const name = mapGet(mapGet(root, 'metadata'), 'name')!;
    const [ns, ne] = scalarContentRange(name, text)!;
    expect(text.slice(ns, ne)).toBe('{{ .Release.Name }}-app');
  });

  it('tolerates tabs used as indentation', () => {
    const { documents } = parseYaml('data:\n\tpassword: abc\n');
    expect(documents[0]!.errors).toEqual([]);
    expect(scalarText(mapGet(mapGet(documents[0]!.doc.contents as Node, 'data'), 'password'))).toBe('abc');
  });

  it('can leave templates alone', () => {
    const { text } = blankTemplates('a: {{ x }}\n');
    expect(text).toBe('a: _______\n');
    expect(parseYaml('a: {{ x }}\n', { tolerateTemplates: false }).templates).toEqual([]);
  });

  it('survives hostile input: deep nesting and alias bombs', () => {
    expect(() => parseYaml('['.repeat(20_000))).not.toThrow();
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
    const { documents } = parseYaml(bomb);
    let visits = 0;
    for (const _ of walk(documents[0]!.doc.contents as Node)) visits++;
    expect(visits).toBeLessThan(200);
    expect(toJs(documents[0]!.doc)).toBeUndefined();
  });
});

describe('walk and scalar ranges', () => {
  it('yields key paths and exact value ranges for plain, quoted and block scalars', () => {
    const text = 'a:\n  b: plain value\n  c: "quoted"\n  d: |\n    line1\n    line2\nlist:\n  - x\n  - y: z\n';
    const { documents } = parseYaml(text);
    const seen = new Map<string, string>();
    for (const v of walk(documents[0]!.doc.contents as Node)) {
      const r = scalarContentRange(v.node, text);
      if (r) seen.set(v.path.join('.'), text.slice(r[0], r[1]));
    }
    expect(Object.fromEntries(seen)).toEqual({
      'a.b': 'plain value',
      'a.c': 'quoted',
      'a.d': 'line1\n    line2',
      'list.0': 'x',
      'list.1.y': 'z',
    });
  });

  it('stops at maxDepth', () => {
    const { documents } = parseYaml('a: {b: {c: {d: 1}}}');
    const paths = [...walk(documents[0]!.doc.contents as Node, 2)].map((v) => v.path.join('.'));
    expect(paths).toEqual(['', 'a', 'a.b']);
  });
});
