/**
 * The one way the CLI makes a Scanner: every built-in rule plus the config's, with compiled keyword tables
 * kept in files beside the bundle so that a short run (the commit hook) does not rebuild them each time.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../atomic-write.js';
import { builtinRules, Scanner, type ResolvedConfig, type TableStore } from '@nhilint/rules';

/** Set by the bundle (see scripts/build.mjs); absent when the sources run directly, as in tests. */
declare const __NHILINT_CACHE_DIR__: string | undefined;

export function createScanner(config: ResolvedConfig): Scanner {
  return new Scanner(builtinRules, config, { tables: fileTableStore() });
}

function fileTableStore(): TableStore | undefined {
  const dir = typeof __NHILINT_CACHE_DIR__ === 'string' ? __NHILINT_CACHE_DIR__ : undefined;
  if (!dir) return undefined;
  const file = (key: string) => join(dir, `keywords-${key}.bin`);
  return {
    get(key) {
      try {
        return readFileSync(file(key));
      } catch {
        return undefined;
      }
    },
    set(key, bytes) {
      // Best effort: a read-only install just rebuilds the table on every run.
      try {
        mkdirSync(dir, { recursive: true });
        writeAtomic(file(key), bytes);
      } catch {
        // ignored on purpose
      }
    },
  };
}
