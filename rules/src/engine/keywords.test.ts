import { describe, expect, it } from 'vitest';
import { KeywordMatcher } from './keywords.js';

const hits = (m: KeywordMatcher, text: string) => {
  const out: string[] = [];
  m.scan(text, (kw, end) => out.push(`${m.keywords[kw]}@${end}`));
  return out.sort();
};

describe('KeywordMatcher', () => {
  const keywords = ['ghp_', 'token', 'oken', 'api_key', 'akia'];
  const text = 'const TOKEN = "ghp_x"; // api_KEY AKIA ñ tokentoken';

  it('finds every keyword, case-insensitively, overlapping ones included', () => {
    // Expected hits computed independently: every occurrence of every keyword in the lower-cased text.
    const lower = text.toLowerCase();
    const expected: string[] = [];
    for (const kw of keywords) for (let at = lower.indexOf(kw); at >= 0; at = lower.indexOf(kw, at + 1)) expected.push(`${kw}@${at + kw.length}`);
    expect(expected).toHaveLength(9);
    expect(hits(new KeywordMatcher(keywords), text)).toEqual(expected.sort());
  });

  it('restores from its bytes to a matcher that finds the same', () => {
    const built = new KeywordMatcher(keywords);
    const restored = KeywordMatcher.fromBytes(keywords, built.toBytes());
    expect(restored).toBeDefined();
    expect(hits(restored!, text)).toEqual(hits(built, text));
  });

  it('restores from a Buffer that does not start on a 4-byte boundary', () => {
    const bytes = new KeywordMatcher(keywords).toBytes();
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(KeywordMatcher.fromBytes(keywords, shifted)).toBeDefined();
  });

  it('refuses bytes built for other keywords, truncated or not a table at all', () => {
    const bytes = new KeywordMatcher(keywords).toBytes();
    expect(KeywordMatcher.fromBytes(['ghp_', 'token', 'oken', 'api_key', 'asia'], bytes)).toBeUndefined();
    expect(KeywordMatcher.fromBytes(keywords.slice(1), bytes)).toBeUndefined();
    expect(KeywordMatcher.fromBytes(keywords, bytes.subarray(0, bytes.length - 4))).toBeUndefined();
    expect(KeywordMatcher.fromBytes(keywords, new Uint8Array(64).fill(7))).toBeUndefined();
    expect(KeywordMatcher.fromBytes(keywords, new Uint8Array(3))).toBeUndefined();
  });
});
