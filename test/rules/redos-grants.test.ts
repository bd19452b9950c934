/**
 * The grant rules and their parsers run a few regexes of their own on scanned text (outside pattern rules);
 * each is checked for catastrophic backtracking the same way as the pattern rules' (redos.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { GRANT_REGEXES } from '../../rules/src/grants/index.js';
import { redosVerdict } from '../helpers/redos.js';

describe('grant rule regexes are safe from catastrophic backtracking', () => {
  it.concurrent.each(GRANT_REGEXES.map((re) => [re.source, re] as const))('%s', async (_src, re) => {
    expect(await redosVerdict(re.source, re.flags)).toBe('safe');
  });
});
