import { describe, expect, it } from 'vitest';
import { builtinRules, type PatternRule } from '../index.js';
import { countCapturingGroups, minimalKeywords, Scanner } from './scanner.js';

describe('countCapturingGroups', () => {
  it('agrees with the regex engine on every built-in rule and on tricky sources', () => {
    const sources = [
      ...builtinRules.filter((r): r is PatternRule => r.kind === 'pattern').map((r) => r.pattern.source),
      '(a)(?:b)(?=c)(?!d)(?<=e)(?<!f)(?<name>g)',
      '\\(not a group\\)[(][)](x)',
      '[\\]()](y)',
    ];
    for (const src of sources) expect(countCapturingGroups(src), src).toBe(new RegExp(`${src}|`).exec('')!.length - 1);
  });
});

describe('minimalKeywords', () => {
  it('keeps only keywords that contain no other keyword of the rule', () => {
    expect(minimalKeywords(['password', 'pass', 'passw', 'secret', 'SECRET_KEY'])).toEqual(['pass', 'secret']);
  });
});

describe('per-file budget', () => {
  it('stops the pattern rules of a file past its time budget, reports it as partially scanned, and still runs the structural checks', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `# token_${i} = "ghp_${'x'.repeat(36)}" password=${i}`);
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: kubernetes.io/service-account-token\n${lines.join('\n')}\n`;
    const result = new Scanner(builtinRules).scan(text, 'big.yaml', { timeBudgetMs: -1 });
    const partial = result.notices.filter((n) => n.kind === 'partial');
    expect(partial).toHaveLength(1);
    expect(partial[0]!.reason).toMatch(/time budget of -1 ms per file exceeded by the pattern rules; .*structural checks still ran/);
    expect(result.findings.map((f) => f.ruleId)).toContain('kubernetes-service-account-token-secret');
    const whole = new Scanner(builtinRules).scan(text, 'big.yaml');
    expect(whole.notices.filter((n) => n.kind === 'partial')).toEqual([]);
  });
});
