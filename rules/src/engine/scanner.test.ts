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
  it('stops a file that runs past its time budget and reports it as partially scanned, with the reason', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `token_${i} = "ghp_${'x'.repeat(36)}" password=${i}`).join('\n');
    const result = new Scanner(builtinRules).scan(text, 'big.env', { timeBudgetMs: -1 });
    const partial = result.notices.filter((n) => n.kind === 'partial');
    expect(partial).toHaveLength(1);
    expect(partial[0]!.reason).toMatch(/time budget of -1 ms per file exceeded; the rest of the file was not scanned/);
    const whole = new Scanner(builtinRules).scan(text, 'big.env');
    expect(whole.notices.filter((n) => n.kind === 'partial')).toEqual([]);
  });
});
