/**
 * The one generic harness: every rule's own `examples.match` must produce a finding of that rule, and every
 * `examples.noMatch` must not. Rules keep their examples beside their code (gitleaks' tps/fps idea).
 */
import { describe, expect, it } from 'vitest';
import { builtinRules, examplesOf, Scanner, type Example } from '../../rules/src/index.js';

const scanner = new Scanner(builtinRules);
const norm = (e: Example) => (typeof e === 'string' ? { text: e, path: 'example.txt' } : { path: 'example.txt', ...e });

describe.each(builtinRules.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const examples = examplesOf(rule);
  it('has complete metadata', () => {
    expect(rule.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(rule.title.length).toBeGreaterThan(3);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.remediation.length).toBeGreaterThan(10);
    expect(examples.match.length).toBeGreaterThan(0);
    expect(examples.noMatch.length).toBeGreaterThan(0);
    for (const kw of rule.keywords) expect(kw).toBe(kw.toLowerCase());
  });

  it.each(examples.match.map((e, i) => [i, e] as const))('finds match example %i', (_i, example) => {
    const { text, path } = norm(example);
    const result = scanner.scan(text, path, { explain: true });
    const hits = result.findings.filter((f) => f.ruleId === id);
    expect(hits.length, `dropped: ${JSON.stringify(result.dropped.filter((d) => d.ruleId === id))}`).toBeGreaterThan(0);
    for (const f of hits) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.end).toBeGreaterThan(f.start);
    }
  });

  it.each(examples.noMatch.map((e, i) => [i, e] as const))('ignores noMatch example %i', (_i, example) => {
    const { text, path } = norm(example);
    const hits = scanner.scan(text, path).findings.filter((f) => f.ruleId === id);
    expect(hits.map((h) => `${h.line}:${h.column} ${h.redacted}`)).toEqual([]);
  });
});

it('rule ids are unique', () => {
  const ids = builtinRules.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});
