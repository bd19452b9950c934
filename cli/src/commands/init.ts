/**
 * `nhilint init`: wires `nhilint scan --staged` into the repository's pre-commit setup, whichever it uses:
 * the pre-commit framework, husky (with lint-staged when configured), or a plain git hook. It only ever adds:
 * existing hooks and configs keep every line, a second run changes nothing, and `--dry-run` shows the change
 * without writing it.
 */
import { parseArgs } from 'node:util';
import { chmodSync, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { UsageError } from '../config.js';
import { repoRoot } from '../sources/staged.js';

const COMMAND = 'npx --no-install nhilint scan --staged';

export interface PlannedChange {
  path: string;
  why: string;
  before: string | undefined;
  after: string;
  executable?: boolean;
}

export function initCommand(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { 'dry-run': { type: 'boolean', default: false } } });
  const root = repoRoot(process.cwd());
  const changes = planInit(root);
  if (changes.length === 0) {
    process.stdout.write('nhilint is already wired into this repository\'s pre-commit hook; nothing to change.\n');
    return 0;
  }
  for (const c of changes) {
    process.stdout.write(`${values['dry-run'] ? 'would change' : 'changed'} ${relative(root, c.path) || c.path}: ${c.why}\n`);
    process.stdout.write(addedLines(c.before ?? '', c.after));
    if (!values['dry-run']) writeKeepingMode(c);
  }
  if (values['dry-run']) process.stdout.write('(dry run: nothing was written)\n');
  return 0;
}

/** The lines `after` adds to `before` (init only ever appends or inserts), shown as a diff. */
function addedLines(before: string, after: string): string {
  const old = new Set(before.split('\n'));
  return after.split('\n').filter((l) => !old.has(l)).map((l) => `  + ${l}\n`).join('');
}

function writeKeepingMode(c: PlannedChange): void {
  const mode = c.before !== undefined ? statSync(c.path).mode & 0o777 : c.executable ? 0o755 : 0o644;
  const tmp = join(dirname(c.path), `.${basename(c.path)}.nhilint-${process.pid}.tmp`);
  writeFileSync(tmp, c.after, { mode, flag: 'wx' });
  chmodSync(tmp, c.executable ? mode | 0o111 : mode);
  renameSync(tmp, c.path);
}

const read = (p: string): string | undefined => (existsSync(p) ? readFileSync(p, 'utf8') : undefined);

export function planInit(root: string): PlannedChange[] {
  const precommitConfig = join(root, '.pre-commit-config.yaml');
  if (existsSync(precommitConfig)) return planPreCommitFramework(precommitConfig);
  if (existsSync(join(root, '.husky'))) return planHusky(root);
  return planGitHook(root);
}

/** The pre-commit framework: a local hook appended to `repos:`. */
function planPreCommitFramework(path: string): PlannedChange[] {
  const before = readFileSync(path, 'utf8');
  if (/\bnhilint\b/.test(before)) return [];
  const entry = [
    '  - repo: local',
    '    hooks:',
    '      - id: nhilint',
    '        name: nhilint (static secrets, long-lived tokens, wildcard grants)',
    '        entry: npx --no-install nhilint scan --staged',
    '        language: system',
    '        pass_filenames: true',
    '        require_serial: true',
  ].join('\n');
  // Appending is safe only when `repos:` is the last top-level key (the usual layout); otherwise say so.
  const topKeys = [...before.matchAll(/^([A-Za-z_][\w-]*):/gm)].map((m) => m[1]);
  if (topKeys[topKeys.length - 1] !== 'repos') {
    throw new UsageError(`${path}: "repos:" is not the last top-level key; add this entry under it by hand:\n${entry}`);
  }
  const sep = before.endsWith('\n') ? '' : '\n';
  return [{ path, why: 'added a local nhilint hook to repos:', before, after: `${before}${sep}${entry}\n` }];
}

/** husky: through lint-staged when the project uses it, else straight in `.husky/pre-commit`. */
function planHusky(root: string): PlannedChange[] {
  const changes: PlannedChange[] = [];
  const hook = join(root, '.husky', 'pre-commit');
  const hookText = read(hook);
  const pkgPath = join(root, 'package.json');
  const pkgText = read(pkgPath);
  const pkg = pkgText ? (JSON.parse(pkgText) as Record<string, unknown>) : undefined;
  const lintStaged = pkg?.['lint-staged'] as Record<string, string | string[]> | undefined;
  if (pkg && lintStaged && typeof lintStaged === 'object') {
    const current = lintStaged['*'];
    const list = current === undefined ? [] : Array.isArray(current) ? current : [current];
    if (!list.some((c) => c.includes('nhilint'))) {
      const updated = { ...pkg, 'lint-staged': { ...lintStaged, '*': [...list, 'nhilint scan --staged'].length === 1 ? 'nhilint scan --staged' : [...list, 'nhilint scan --staged'] } };
      const indent = /^(\s+)"/m.exec(pkgText!)?.[1] ?? '  ';
      changes.push({ path: pkgPath, why: 'lint-staged runs nhilint scan --staged on every staged file', before: pkgText, after: JSON.stringify(updated, null, indent) + '\n' });
    }
    if (!hookText || !/lint-staged/.test(hookText)) changes.push(appendToHook(hook, hookText, 'npx --no-install lint-staged', 'the husky pre-commit hook runs lint-staged'));
    return changes;
  }
  if (!hookText || !/nhilint/.test(hookText)) changes.push(appendToHook(hook, hookText, COMMAND, 'the husky pre-commit hook runs nhilint'));
  return changes;
}

/** A plain git hook, wherever `core.hooksPath` points (default `.git/hooks`). */
function planGitHook(root: string): PlannedChange[] {
  const configured = spawnSync('git', ['config', '--get', 'core.hooksPath'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const gitDir = spawnSync('git', ['rev-parse', '--git-path', 'hooks'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dir = configured ? (isAbsolute(configured) ? configured : join(root, configured)) : isAbsolute(gitDir) ? gitDir : join(root, gitDir);
  const hook = join(dir, 'pre-commit');
  const text = read(hook);
  if (text && /nhilint/.test(text)) return [];
  return [appendToHook(hook, text, COMMAND, 'the git pre-commit hook runs nhilint')];
}

/**
 * Adds a command to a shell hook: a new executable script, or, in an existing one, before a final `exit 0`
 * (which would otherwise end the hook before our line), else at the end. `|| exit 1` keeps it blocking in
 * scripts that do not use `set -e`.
 */
function appendToHook(path: string, before: string | undefined, command: string, why: string): PlannedChange {
  const line = `${command} || exit 1`;
  if (before === undefined) return { path, why: `${why} (new hook)`, before, after: `#!/bin/sh\n${line}\n`, executable: true };
  const lines = before.replace(/\n+$/, '').split('\n');
  const last = lines[lines.length - 1]?.trim();
  if (last === 'exit 0' || last === 'exit') lines.splice(lines.length - 1, 0, line);
  else lines.push(line);
  return { path, why, before, after: lines.join('\n') + '\n', executable: true };
}
