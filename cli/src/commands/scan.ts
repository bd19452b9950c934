import { parseArgs } from 'node:util';
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { crossFileRules, SEVERITIES, type Finding, type Scanner, type Severity } from '@nhilint/rules';
import { createScanner } from '../scan/scanner.js';
import { loadConfig, UsageError } from '../config.js';
import { writeAtomic } from '../atomic-write.js';
import { readBaseline } from '../baseline.js';
import { runScan } from '../scan/run.js';
import { scanBytes, scanText } from '../scan/scan-file.js';
import { decode, DEFAULT_MAX_FILE_SIZE } from '../sources/read.js';
import { blobReader, repoRoot, stagedFiles, takeEarlyGit } from '../sources/staged.js';
import { addedLinesSince } from '../sources/diff.js';
import { scanHistory } from '../sources/history.js';
import { IgnoreRules, toPosix } from '../sources/walk.js';
import { blockedMessage, formatText } from '../format/text.js';
import { formatJson } from '../format/json.js';
import { formatSarif } from '../format/sarif.js';
import { formatGithub } from '../format/github.js';
import { formatJunit } from '../format/junit.js';
import { formatFixDiff } from '../format/diff.js';
import { addCrossFileFindings, addOutcome, emptyReport, type ScanReport } from '../report.js';

export const SCAN_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'text' },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string', default: 'warning' },
  baseline: { type: 'string' },
  config: { type: 'string' },
  'max-file-size': { type: 'string' },
  explain: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  'no-default-excludes': { type: 'boolean', default: false },
  'follow-symlinks': { type: 'boolean', default: false },
  threads: { type: 'string' },
  'no-color': { type: 'boolean', default: false },
  stdin: { type: 'boolean', default: false },
  staged: { type: 'boolean', default: false },
  diff: { type: 'string' },
  'git-history': { type: 'boolean', default: false },
  since: { type: 'string' },
  range: { type: 'string' },
  'stdin-filename': { type: 'string' },
  'fix-dry-run': { type: 'boolean', default: false },
} as const;

export type ScanValues = ReturnType<typeof parseScanArgs>['values'];

export function parseScanArgs(argv: string[]) {
  return parseArgs({ args: argv, options: SCAN_OPTIONS, allowPositionals: true, strict: true });
}

/** The scan root: the working directory when every path is inside it, else the first path given. */
export function scanRoot(paths: string[]): string {
  const cwd = process.cwd();
  const inside = paths.every((p) => {
    const rel = relative(cwd, resolve(p));
    return !rel.startsWith('..') && !isAbsolute(rel);
  });
  if (inside) return cwd;
  // Outside the working directory the root is the deepest folder holding every path (a file's own folder when
  // one file is named), so reported paths stay relative and keep their names and extensions.
  const dirs = paths.map((p) => {
    const abs = resolve(p);
    return isDirectory(abs) ? abs : dirname(abs);
  });
  let root = dirs[0]!;
  while (!dirs.every((d) => d === root || d.startsWith(root.endsWith(sep) ? root : root + sep))) root = dirname(root);
  return root;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function collectReport(values: ScanValues, positionals: string[]): Promise<{ report: ScanReport; scanner: Scanner }> {
  const collected = await collectFiles(values, positionals);
  // History scans report each value once, at the commit that introduced it: copies there are not reuse.
  if (!values['git-history']) addCrossFileFindings(collected.report, collected.scanner.internals.config);
  return collected;
}

async function collectFiles(values: ScanValues, positionals: string[]): Promise<{ report: ScanReport; scanner: Scanner }> {
  const maxFileSize = values['max-file-size'] === undefined ? DEFAULT_MAX_FILE_SIZE : Number(values['max-file-size']);
  if (!Number.isFinite(maxFileSize) || maxFileSize <= 0) throw new UsageError('--max-file-size takes a positive number of bytes');
  const threads = values.threads === undefined ? 0 : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 0) throw new UsageError('--threads takes a whole number');
  const paths = positionals.length ? positionals : ['.'];
  if (values.staged) return collectStaged(values, positionals, maxFileSize);
  if (values.diff !== undefined) return collectDiff(values, positionals, maxFileSize, threads);
  if (values['git-history']) return collectHistory(values);
  if (values.since || values.range) throw new UsageError('--since and --range go with --git-history');
  const root = values.stdin ? process.cwd() : scanRoot(paths);
  const { config, path: configPath } = loadConfig(values.config, root);
  const scanner = createScanner(config);
  let report: ScanReport;
  if (values.stdin) {
    const t0 = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const name = (values['stdin-filename'] ?? '<stdin>').replace(/\\/g, '/');
    const buf = Buffer.concat(chunks);
    report = emptyReport(root);
    const decoded = decode(buf);
    addOutcome(report, decoded.ok ? scanText(scanner, name, decoded.text, buf.length, { maxFileSize, explain: values.explain }) : { kind: 'skipped', path: name, reason: decoded.reason });
    report.stats.bytes = buf.length;
    report.stats.durationMs = Math.round(Date.now() - t0);
  } else {
    report = await runScan({
      root, paths, config, configPath, maxFileSize, explain: values.explain,
      defaultExcludes: !values['no-default-excludes'], followSymlinks: values['follow-symlinks'], threads,
    });
  }
  return { report, scanner };
}

/**
 * `--staged`: the index's blobs for files added or changed since HEAD, optionally limited to the paths given
 * (lint-staged passes the staged file names). Positions refer to the staged content.
 */
async function collectStaged(values: ScanValues, positionals: string[], maxFileSize: number): Promise<{ report: ScanReport; scanner: Scanner }> {
  const t0 = Date.now();
  const root = repoRoot(process.cwd());
  // git lists the staged files and starts its blob reader while the scanner is built (or, when the launcher
  // started them, while the bundle was compiled).
  const early = takeEarlyGit(process.cwd());
  const staged = stagedFiles(root, early);
  staged.catch(() => undefined); // awaited below; a config error thrown first must not leave it unhandled
  const blobs = blobReader(root, early);
  try {
    const { config } = loadConfig(values.config, root);
    const scanner = createScanner(config);
    const { files, skipped } = await staged;
    const wanted = positionals.length ? new Set(positionals.map((p) => toPosix(relative(root, resolve(p))))) : undefined;
    const ignores = new IgnoreRules(root, config.ignorePaths);
    const chosen = files.filter((f) => (!wanted || wanted.has(f.path)) && !nhilintIgnored(ignores, f.path));
    const report = emptyReport(root);
    report.skipped.push(...skipped.filter((s) => !wanted || wanted.has(s.path)));
    for await (const { file, bytes } of blobs.read(chosen)) addOutcome(report, scanBytes(scanner, file.path, bytes, { maxFileSize, explain: values.explain }));
    report.stats.durationMs = Math.round(Date.now() - t0);
    return { report, scanner };
  } finally {
    blobs.close();
  }
}

/**
 * `--diff BASE` (pull-request mode): scans the files changed since BASE and keeps only findings on lines the
 * change added, so a pull request is judged on what it introduces.
 */
async function collectDiff(values: ScanValues, positionals: string[], maxFileSize: number, threads: number): Promise<{ report: ScanReport; scanner: Scanner }> {
  const root = repoRoot(process.cwd());
  const { config, path: configPath } = loadConfig(values.config, root);
  const added = addedLinesSince(root, values.diff!);
  const wanted = positionals.length ? positionals.map((p) => toPosix(relative(root, resolve(p)))) : undefined;
  const paths = [...added.keys()].filter((p) => !wanted || wanted.some((w) => w === '.' || p === w || p.startsWith(w + '/')));
  const scanner = createScanner(config);
  if (paths.length === 0) {
    return { report: emptyReport(root), scanner };
  }
  const report = await runScan({
    root, paths: paths.map((p) => join(root, p)), config, configPath, maxFileSize, explain: values.explain,
    defaultExcludes: !values['no-default-excludes'], followSymlinks: values['follow-symlinks'], threads,
  });
  const onAddedLine = (path: string, from: number, to: number) => {
    const lines = added.get(path);
    if (!lines) return false;
    for (let n = from; n <= to; n++) if (lines.has(n)) return true;
    return false;
  };
  report.findings = report.findings.filter((f) => onAddedLine(f.path, f.line, f.endLine));
  report.suppressed = report.suppressed.filter((s) => onAddedLine(s.path, s.line, s.line));
  return { report, scanner };
}

/** `--git-history`: every commit's added lines, each secret reported once at the commit that introduced it. */
async function collectHistory(values: ScanValues): Promise<{ report: ScanReport; scanner: Scanner }> {
  const t0 = Date.now();
  const root = repoRoot(process.cwd());
  const { config } = loadConfig(values.config, root);
  const scanner = createScanner(config);
  const report = emptyReport(root);
  const stats = await scanHistory(root, scanner, { since: values.since, range: values.range }, (f) => report.findings.push(f));
  report.stats.files = stats.files;
  report.stats.bytes = stats.bytes;
  report.stats.durationMs = Math.round(Date.now() - t0);
  return { report, scanner };
}

/** Staged files are tracked, so .gitignore does not apply; .nhilintignore and the config's globs do. */
function nhilintIgnored(rules: IgnoreRules, path: string): boolean {
  return rules.ignored(path, ['.nhilintignore']);
}

export function failThreshold(value: string): Severity | 'none' {
  if (value === 'none' || (SEVERITIES as readonly string[]).includes(value)) return value as Severity | 'none';
  throw new UsageError(`--fail-on takes error, warning, info or none (got "${value}")`);
}

export function exitCodeFor(findings: Finding[], failOn: Severity | 'none'): number {
  if (failOn === 'none') return 0;
  const floor = SEVERITIES.indexOf(failOn);
  return findings.some((f) => SEVERITIES.indexOf(f.severity) >= floor) ? 1 : 0;
}

export async function scanCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseScanArgs(argv);
  const format = values.format;
  if (!['text', 'json', 'sarif', 'github', 'junit'].includes(format)) throw new UsageError(`--format takes text, json, sarif, github or junit (got "${format}")`);
  const failOn = failThreshold(values['fail-on']);
  const { report, scanner } = await collectReport(values, positionals);
  if (values.baseline) {
    const known = readBaseline(values.baseline);
    const before = report.findings.length;
    report.findings = report.findings.filter((f) => !known.has(f.fingerprint));
    report.stats.baselined = before - report.findings.length;
  }
  if (values['fix-dry-run']) {
    // A fresh scan of each file names every value to hide, baselined and suppressed ones included.
    const hidden = (path: string, text: string) => {
      const r = scanner.scan(text, path);
      return {
        // Findings about a value (not about a grant or a key name) carry its hash.
        values: r.findings.filter((f) => f.valueHash !== undefined).map((f) => text.slice(f.start, f.end)),
        lines: new Set(r.suppressed.map((x) => x.line)),
      };
    };
    process.stdout.write(formatFixDiff(report.findings, (p) => readTextOrUndefined(resolve(report.root, p)), hidden));
    return exitCodeFor(report.findings, failOn);
  }
  const toFile = Boolean(values.output);
  const text =
    format === 'json' ? formatJson(report)
    : format === 'sarif' ? formatSarif(report, [...scanner.rules, ...crossFileRules])
    : format === 'github' ? formatGithub(report)
    : format === 'junit' ? formatJunit(report)
    : formatText(report, { color: !toFile && !values['no-color'] && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, verbose: values.verbose, explain: values.explain, remediation: values.staged });
  if (values.output) writeAtomic(resolve(values.output), text);
  else process.stdout.write(text);
  const code = exitCodeFor(report.findings, failOn);
  if (values.staged && code === 1) process.stderr.write(blockedMessage(report, !values['no-color'] && Boolean(process.stderr.isTTY) && !process.env.NO_COLOR));
  return code;
}

function readTextOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
