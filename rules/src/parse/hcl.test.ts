import { describe, expect, it } from 'vitest';
import { HCL_MAX_DEPTH, hclAttr, hclLiteral, parseHcl } from './hcl.js';
import { readJsLiteral } from './js-literal.js';

describe('parseHcl', () => {
  it('reads blocks, labels, attributes, comments and keeps exact positions', () => {
    const text = '# c\nresource "aws_iam_policy" "p" { // trailing\n  name = "x" /* inline */\n  tags = { a = 1, "b": true }\n  list = [\n    "a",\n    "b", # comment\n  ]\n}\n';
    const { body, errors } = parseHcl(text);
    expect(errors).toEqual([]);
    const [b] = body.blocks;
    expect(b!.type).toBe('resource');
    expect(b!.labels).toEqual(['aws_iam_policy', 'p']);
    const name = hclAttr(b!.body, 'name')!;
    expect(hclLiteral(name)).toBe('x');
    expect(text.slice(name.start, name.end)).toBe('"x"');
    const list = hclAttr(b!.body, 'list')!;
    expect(list.type === 'tuple' && list.items.map(hclLiteral)).toEqual(['a', 'b']);
  });

  it('marks interpolated strings as templated and keeps escapes', () => {
    const { body } = parseHcl('a = "arn:${var.p}:x/${lookup(m, "k", "}")}"\nb = "q\\"x$${lit}"\n');
    const a = hclAttr(body, 'a')!;
    expect(a.type === 'string' && a.templated).toBe(true);
    const b = hclAttr(body, 'b')!;
    expect(b.type === 'string' && [b.templated, b.value]).toEqual([false, 'q"x${lit}']);
  });

  it('decodes every escape and interpolation form of a quoted string the same way (runs are sliced, not added per character)', () => {
    const text = 'a = "x\\u00e9\\U0001F600\\uzzzz|\\n\\t\\r\\\\\\"\\q|$${a}|%%{b}|$$${c}|${d("}")}|tail"\nb = ""\nc = "only"\n';
    const { body, errors } = parseHcl(text);
    expect(errors).toEqual([]);
    const a = hclAttr(body, 'a')!;
    expect(a.type === 'string' && [a.value, a.templated, a.contentStart, a.contentEnd]).toEqual([
      'xé😀|\n\t\r\\"q|${a}|%{b}|$$${c}|${d("}")}|tail',
      true,
      5,
      text.indexOf('"\nb'),
    ]);
    expect(hclLiteral(hclAttr(body, 'b'))).toBe('');
    expect(hclLiteral(hclAttr(body, 'c'))).toBe('only');
    expect(parseHcl('x = 1 /* open').errors[0]).toMatchObject({ message: 'unterminated /* comment', offset: 6 });
    expect(parseHcl('a = "x').errors[0]).toMatchObject({ message: 'unterminated string', offset: 4 });
  });

  it('reads heredocs (<<EOF and <<-EOF) with the body range', () => {
    const text = 'a = <<EOF\n{"x": 1}\nEOF\nb = <<-EOT\n    indented\n    EOT\nc = 1\n';
    const { body, errors } = parseHcl(text);
    expect(errors).toEqual([]);
    const a = hclAttr(body, 'a')!;
    expect(a.type === 'heredoc' && text.slice(a.contentStart, a.contentEnd)).toBe('{"x": 1}\n');
    expect(hclLiteral(hclAttr(body, 'b'))).toBe('indented\n');
    expect(hclAttr(body, 'c')!.type).toBe('number');
  });

  it('reads function calls, traversals, conditionals and for expressions', () => {
    const { body, errors } = parseHcl('p = jsonencode({ S = [for s in var.x : s if s != ""] })\nr = data.aws_iam_policy_document.d.json\nc = var.a ? "x" : "y"\ni = aws_s3_bucket.b[0].arn\ns = aws_instance.x.*.id\nf = provider::aws::arn_parse("x")\n');
    expect(errors).toEqual([]);
    expect(hclAttr(body, 'p')!.type).toBe('call');
    const r = hclAttr(body, 'r')!;
    expect(r.type === 'ref' && r.path).toBe('data.aws_iam_policy_document.d.json');
    expect(hclAttr(body, 'c')!.type).toBe('other');
  });

  it('skips a block that does not parse and reads the next one', () => {
    const { body, errors } = parseHcl('resource "a" "b" {\n  x = = 1\n}\nresource "c" "d" {\n  y = 2\n}\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/unexpected/);
    expect(body.blocks.map((b) => b.labels[0])).toEqual(['c']);
  });

  it('reports unterminated strings and heredocs and never throws', () => {
    expect(parseHcl('a = "open\n').errors[0]!.message).toMatch(/newline in a quoted string/);
    expect(parseHcl('a = <<EOF\nnever closed\n').errors[0]!.message).toMatch(/not closed/);
    expect(parseHcl('a = {{{{').errors.length).toBeGreaterThan(0);
  });

  it('limits nesting depth', () => {
    const deep = `a = ${'['.repeat(HCL_MAX_DEPTH + 10)}${']'.repeat(HCL_MAX_DEPTH + 10)}\n`;
    expect(parseHcl(deep).errors[0]!.message).toMatch(/nesting deeper/);
    const deepBlocks = `${'b {\n'.repeat(HCL_MAX_DEPTH + 5)}${'}\n'.repeat(HCL_MAX_DEPTH + 5)}`;
    expect(() => parseHcl(deepBlocks)).not.toThrow();
    expect(parseHcl(`a = ${'('.repeat(100_000)}`).errors.length).toBeGreaterThan(0);
  });
});

describe('readJsLiteral', () => {
  it('reads CDK props with positions; references are dynamic strings', () => {
    const text = "({ actions: ['s3:*'] as const, resources: [`arn:${x}`], effect: iam.Effect.ALLOW, principals: [new iam.AnyPrincipal()], ...rest })";
    const v = readJsLiteral(text, 1)!;
    expect(v.kind).toBe('map');
    if (v.kind !== 'map') return;
    expect(v.entries.map((e) => e.key)).toEqual(['actions', 'resources', 'effect', 'principals']);
    const a = v.entries[0]!.value;
    expect(a.kind === 'list' && a.items[0]!.kind === 'string' && text.slice(a.items[0]!.start, a.items[0]!.end)).toBe('s3:*');
    const r = v.entries[1]!.value;
    expect(r.kind === 'list' && r.items[0]!.kind === 'string' && r.items[0]!.dynamic).toBe(true);
  });

  it('returns undefined for what is not a literal, and for unbalanced input', () => {
    expect(readJsLiteral('{ a: ', 0)).toBeUndefined();
    expect(readJsLiteral(`${'['.repeat(10_000)}`, 0)).toBeUndefined();
  });
});
