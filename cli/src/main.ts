/**
 * `nhilint`: the command-line adapter over the rule core. Exit codes: 0 = nothing at or above --fail-on,
 * 1 = findings, 2 = usage, config or I/O error.
 */
import { TOOL_VERSION } from './report.js';
import { UsageError } from './config.js';
import { scanCommand } from './commands/scan.js';
import { baselineCommand } from './commands/baseline.js';
import { rulesCommand } from './commands/rules.js';
import { initCommand } from './commands/init.js';

export const USAGE = `nhilint ${TOOL_VERSION}: keep static secrets, long-lived tokens and wildcard grants out of code

Usage:
  nhilint scan [paths...]          scan files and folders (default: .)
  nhilint scan --stdin --stdin-filename PATH
  nhilint scan --staged [paths...] scan what is staged in git (the index), for a pre-commit hook
  nhilint baseline [paths...]      write .nhilint-baseline.json with the current findings
  nhilint rules [--format text|json]   list every rule
  nhilint inventory [paths...] [-f text|json|markdown] [--no-blame]
                                   non-human credentials and grants by identity, with lifetime, owner
                                   (CODEOWNERS) and age in git
  nhilint init [--dry-run]         wire nhilint into this repository's pre-commit hook (husky, lint-staged,
                                   the pre-commit framework or .git/hooks), only adding, never replacing
  nhilint --version | --help

Scan options:
  -f, --format text|json|sarif|github|junit   output format (default: text)
  -o, --output FILE                write the report to FILE instead of standard output
      --fail-on error|warning|info|none   lowest severity that makes the exit code 1 (default: warning)
      --baseline FILE              report only findings not in this baseline
      --diff BASE                  only findings on lines added since git revision BASE (pull requests)
      --git-history                every commit's added lines (--since REV or --range A..B to narrow);
                                   each secret once, at the commit that introduced it
      --config FILE                use this config instead of the nearest .nhilint.yaml
      --max-file-size BYTES        skip larger files (default: 5242880)
      --explain                    also list the candidates filters dropped, and why
      --fix-dry-run                print the rules' fixes as a unified diff; nothing is written
      --verbose                    remediation per finding and the list of skipped files
      --no-default-excludes        also scan node_modules/
      --follow-symlinks            follow symbolic links (off: links are never followed)
      --threads N                  worker threads (default: one per core, up to 4; 1 = no workers)
      --no-color                   plain text even on a terminal
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest);
      case 'baseline':
        return await baselineCommand(rest);
      case 'rules':
        return rulesCommand(rest);
      case 'inventory':
        // Loaded on use: the commit hook's start-up does not pay for it.
        return await (await import('./commands/inventory.js')).inventoryCommand(rest);
      case 'init':
        return initCommand(rest);
      case '--version':
      case '-v':
      case 'version':
        process.stdout.write(`${TOOL_VERSION}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`nhilint: ${(e as Error).message}\n`);
      return 2;
    }
    process.stderr.write(`nhilint: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}


// No top-level await: the launcher runs this bundle as a classic script so V8 can reuse its code cache.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
