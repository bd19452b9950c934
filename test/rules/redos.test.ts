/**
 * Every built-in rule's regex is checked for catastrophic backtracking with recheck (automaton + fuzz
 * checker). A rule regex must be proven safe; "polynomial" or "exponential" fails with the attack string's
 * shape, so the rule can be rewritten.
 */
import { describe, expect, it } from 'vitest';
import { checkSync } from 'recheck';
import { builtinRules, type PatternRule } from '../../rules/src/index.js';

const patterns = builtinRules.filter((r): r is PatternRule => r.kind === 'pattern');

describe('rule regexes are safe from catastrophic backtracking', () => {
  it.each(patterns.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const result = checkSync(rule.pattern.source, rule.pattern.flags.replace(/[gyd]/g, ''), { timeout: 20_000 });
    const detail = result.status === 'vulnerable' ? `${result.complexity.summary}; attack ${result.attack.pattern}` : result.status;
    expect(detail).toBe('safe');
  });
});
