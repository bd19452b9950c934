/**
 * Regexes the long-lived-token rules (CI credentials, kubeconfig) and the credential-reuse check run on
 * scanned text or paths outside pattern rules, checked for catastrophic backtracking like the others.
 */
import { describe, expect, it } from 'vitest';
import { NHI_REGEXES } from '../../rules/src/tokens/index.js';
import { REUSE_REGEXES } from '../../rules/src/engine/reuse.js';
import { redosVerdict } from '../helpers/redos.js';

describe('long-lived-token rule regexes are safe from catastrophic backtracking', () => {
  it.concurrent.each([...NHI_REGEXES, ...REUSE_REGEXES].map((re) => [re.source, re] as const))('%s', async (_src, re) => {
    expect(await redosVerdict(re.source, re.flags)).toBe('safe');
  });
});
