/**
 * Regexes from a `.nhilint.yaml` (custom rules, allow lists) pass the same checker as the built-in rules
 * (recheck, see test/helpers/redos.ts) before they run: a repository's config must not be able to hang a scan
 * or an editor with catastrophic backtracking. recheck is 3 MB, so it is required only when a config has
 * regexes, never on the commit hook's usual path.
 */
import { createRequire } from 'node:module';
import type { RegexSafetyCheck } from '@nhilint/rules/config';

type Recheck = typeof import('recheck');

/**
 * The checker's settings, shared with the built-in rules' ReDoS test (test/helpers/redos.ts) so both give the
 * same verdict. Seeded, so a verdict is the same on every run; the fuzzer's wall-clock limits (attack and
 * incubation timeouts) are off, so it judges by step counts alone: on a loaded machine they reported safe
 * regexes as polynomial.
 */
export const RECHECK_PARAMS = { randomSeed: 20261123, attackTimeout: null, incubationTimeout: null } as const;

let loaded: Recheck | null | undefined;

function recheck(): Recheck | null {
  if (loaded === undefined) {
    try {
      loaded = createRequire(import.meta.url)('recheck') as Recheck;
    } catch {
      loaded = null;
    }
  }
  return loaded;
}

/** Undefined when safe; otherwise why the regex is refused. Fails closed: unproven is refused. */
export function regexSafetyWith(checker: () => Recheck | null): RegexSafetyCheck {
  return (source, flags) => {
    const lib = checker();
    if (!lib) return 'it cannot be checked for catastrophic backtracking here (the recheck package is missing)';
    // recheck's default synchronous backend starts a worker from a file beside its own module, which does not
    // exist once bundled (the editor extension); its pure backend runs in this thread and gives the same verdicts.
    process.env.RECHECK_SYNC_BACKEND ??= 'pure';
    const r = lib.checkSync(source, flags, { ...RECHECK_PARAMS, timeout: 10_000 });
    if (r.status === 'vulnerable') return `it is vulnerable to catastrophic backtracking (${r.complexity.summary}, attack shape ${r.attack.pattern})`;
    if (r.status === 'unknown') return `it could not be proven safe from catastrophic backtracking (${r.error.kind})`;
    return undefined;
  };
}

export const checkRegexSafety: RegexSafetyCheck = regexSafetyWith(recheck);
