/**
 * Every built-in rule's regex is checked for catastrophic backtracking with recheck (automaton checker, with
 * a fuzzer for what the automaton cannot decide). A rule regex must be proven safe; "polynomial" or
 * "exponential" fails with the attack string's shape so the rule can be rewritten. The checks run through
 * recheck's asynchronous agent so the test runner stays responsive.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules, type PatternRule } from '../../rules/src/index.js';
import { redosVerdict } from '../helpers/redos.js';

const patterns = builtinRules.filter((r): r is PatternRule => r.kind === 'pattern');

describe('rule regexes are safe from catastrophic backtracking', () => {
  it.concurrent.each(patterns.map((r) => [r.id, r] as const))('%s', async (_id, rule) => {
    expect(await redosVerdict(rule.pattern.source, rule.pattern.flags)).toBe('safe');
  });
});
