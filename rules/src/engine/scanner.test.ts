import { describe, expect, it } from 'vitest';
import { builtinRules, type PatternRule } from '../index.js';
import { countCapturingGroups, minimalKeywords, Scanner } from './scanner.js';
import { fakeChars, fakeCrcToken, HEX } from '../secrets/testing/fake.js';

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

describe('provider prefixes', () => {
  const scanner = new Scanner(builtinRules);
  const ids = (text: string, path = 'config.env') => scanner.scan(text, path).findings.map((f) => f.ruleId);

  it('leave a value with a provider prefix to that provider: a failed checksum is not reported by the generic rule either', () => {
    const good = fakeCrcToken('ghp_', 'prefix');
    // Same shape, last checksum character changed: GitHub never issued it.
    const last = good.at(-1) === 'A' ? 'B' : 'A';
    const bad = good.slice(0, -1) + last;
    expect(ids(`GITHUB_TOKEN=${good}\n`)).toEqual(['github-token']);
    expect(ids(`GITHUB_TOKEN=${bad}\n`)).toEqual([]);
    const dropped = scanner.scan(`GITHUB_TOKEN=${bad}\n`, 'config.env', { explain: true }).dropped;
    expect(dropped.some((d) => d.ruleId === 'generic-secret-assignment' && /prefix "ghp_" but not its format/.test(d.reason))).toBe(true);
  });

  it('that several providers share (sk_test_, live_) do not silence the generic rule', () => {
    const value = `sk_test_${fakeChars(HEX, 8, 'co')}-${fakeChars(HEX, 4, 'co1')}-${fakeChars(HEX, 4, 'co2')}-${fakeChars(HEX, 12, 'co3')}`;
    expect(ids(`checkout_api_key: "${value}"\n`, 'config.yaml')).toEqual(['generic-secret-assignment']);
  });
});
