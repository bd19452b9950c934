/**
 * Every built-in rule's regex is checked for catastrophic backtracking with recheck (automaton checker, with
 * a fuzzer for what the automaton cannot decide). A rule regex must be proven safe; "polynomial" or
 * "exponential" fails with the attack string's shape so the rule can be rewritten. The fuzzer is seeded so
 * that a verdict is the same on every run (an unseeded fuzzer passed and failed the same regex on different
 * runs), and the checks run through recheck's asynchronous agent so the test runner stays responsive.
 */
import { describe, expect, it } from 'vitest';
import { check } from 'recheck';
import { builtinRules, type PatternRule } from '../../rules/src/index.js';

const patterns = builtinRules.filter((r): r is PatternRule => r.kind === 'pattern');

export async function redosVerdict(source: string, flags: string): Promise<string> {
  const result = await check(source, flags.replace(/[gyd]/g, ''), { timeout: 30_000, randomSeed: 20261123 });
  return result.status === 'vulnerable' ? `${result.complexity.summary}; attack ${result.attack.pattern}` : result.status;
}

describe('rule regexes are safe from catastrophic backtracking', () => {
  it.concurrent.each(patterns.map((r) => [r.id, r] as const))('%s', async (_id, rule) => {
    expect(await redosVerdict(rule.pattern.source, rule.pattern.flags)).toBe('safe');
  });
});
