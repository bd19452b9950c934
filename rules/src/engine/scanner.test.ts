import { describe, expect, it } from 'vitest';
import { builtinRules, type PatternRule } from '../index.js';
import { countCapturingGroups, minimalKeywords } from './scanner.js';

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
