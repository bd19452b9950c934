/**
 * The scan worker: the rule core, the CLI's config loading, walk and file reading, off the extension host's
 * main thread so a large file never delays anything typed or any other extension. Requests are answered in
 * order; a workspace scan yields between files so buffer scans and its own cancellation get through.
 * Nothing here logs: values never leave as anything but offsets.
 */
import { parentPort } from 'node:worker_threads';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules, EMPTY_CONFIG, Scanner, ruleById, type Finding, type ResolvedConfig } from '@nhilint/rules';
import * as recheck from 'recheck';
import { regexSafetyWith } from '../../cli/src/regex-safety.js';
import { addToBaseline, IgnoreRules, loadConfig, readBaseline, scanFile, walk, DEFAULT_MAX_FILE_SIZE } from '../../cli/src/node.js';
import type { FileResult, Request, Response, WorkerSettings } from './protocol.js';
import { restrictForUntrusted, restrictionNotes } from './trust.js';
import { envAppend, gitignoreAppend } from './env.js';

interface Folder {
  scanner: Scanner;
  config: ResolvedConfig;
  ignores: IgnoreRules;
  baseline: Set<string>;
}

let settings: WorkerSettings = { folders: [], trusted: true, baselineFile: '.nhilint-baseline.json', maxFileSize: DEFAULT_MAX_FILE_SIZE };
const folders = new Map<string, Folder>();
let plainScanner = new Scanner(builtinRules);
const cancelled = new Set<number>();

const post = (r: Response) => parentPort!.postMessage(r);
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 2000);

// The extension ships no node_modules, so recheck is bundled here: a repository's config regexes are checked
// for catastrophic backtracking before they run, as in the CLI (an untrusted repository could otherwise hang
// the scan worker with one).
const checkRegex = regexSafetyWith(() => recheck);

function configure(s: WorkerSettings): { errors: string[]; notes: string[] } {
  settings = s;
  folders.clear();
  const errors: string[] = [];
  const notes: string[] = [];
  for (const { root } of s.folders) {
    let config = EMPTY_CONFIG;
    try {
      config = loadConfig(undefined, root, checkRegex).config;
    } catch (e) {
      errors.push(`${errorText(e)}\n(using the built-in rules with their defaults until it is fixed)`);
    }
    if (!s.trusted) {
      const restricted = restrictForUntrusted(config, (id) => ruleById(id)?.severity);
      notes.push(...restrictionNotes(config, restricted));
      config = restricted;
    }
    let baseline = new Set<string>();
    const baselinePath = join(root, s.baselineFile);
    if (existsSync(baselinePath)) {
      try {
        baseline = readBaseline(baselinePath);
      } catch (e) {
        errors.push(errorText(e));
      }
    }
    folders.set(root, { scanner: new Scanner(builtinRules, config), config, ignores: new IgnoreRules(root, config.ignorePaths), baseline });
  }
  plainScanner = new Scanner(builtinRules);
  return { errors, notes };
}

function notBaselined(folder: Folder | undefined, findings: Finding[]): { kept: Finding[]; baselined: number } {
  if (!folder || folder.baseline.size === 0) return { kept: findings, baselined: 0 };
  const kept = findings.filter((f) => !folder.baseline.has(f.fingerprint));
  return { kept, baselined: findings.length - kept.length };
}

function scanText(root: string | undefined, path: string, text: string, untitled = false): Response & { type: 'scanned' } {
  const t0 = performance.now();
  const folder = root ? folders.get(root) : undefined;
  // The same files the CLI's walk leaves out (.gitignore, .nhilintignore, config `ignore`): the editor agrees with CI.
  if (folder && !untitled && folder.ignores.ignored(path)) return { type: 'scanned', id: 0, findings: [], notices: [], baselined: 0, ignored: true, ms: 0 };
  if (text.length > settings.maxFileSize) {
    return {
      type: 'scanned', id: 0, findings: [], baselined: 0, ignored: false, ms: 0,
      notices: [{ path, kind: 'partial', reason: `not scanned: larger than nhilint.maxFileSize (${text.length} > ${settings.maxFileSize})` }],
    };
  }
  const result = (folder?.scanner ?? plainScanner).scan(text, path);
  const { kept, baselined } = notBaselined(folder, result.findings);
  return { type: 'scanned', id: 0, findings: kept, notices: result.notices, baselined, ignored: false, ms: performance.now() - t0 };
}

async function scanWorkspace(id: number, root: string): Promise<void> {
  const t0 = performance.now();
  const folder = folders.get(root);
  const scanner = folder?.scanner ?? plainScanner;
  let scanned = 0;
  let skipped = 0;
  let batch: FileResult[] = [];
  let lastPost = performance.now();
  const flush = () => {
    post({ type: 'progress', id, files: batch, scanned });
    batch = [];
    lastPost = performance.now();
  };
  const entries = walk({ root, paths: [root], configIgnores: folder?.config.ignorePaths ?? [], defaultExcludes: true }, () => skipped++);
  for await (const e of entries) {
    if (cancelled.has(id)) break;
    const outcome = scanFile(scanner, e.path, e.abs, { maxFileSize: settings.maxFileSize, explain: false });
    if (outcome.kind === 'skipped') skipped++;
    else {
      scanned++;
      const { kept } = notBaselined(folder, outcome.result.findings);
      if (kept.length) batch.push({ abs: e.abs, path: e.path, findings: kept });
    }
    // Yield to the message queue now and then: cancellation and buffer scans wait at most this long.
    if (performance.now() - lastPost > 100) {
      flush();
      await new Promise((r) => setImmediate(r));
    }
  }
  flush();
  const wasCancelled = cancelled.delete(id);
  post({ type: 'workspaceDone', id, scanned, skipped, cancelled: wasCancelled, ms: performance.now() - t0 });
}

/**
 * Appends the value to the env file and makes sure git ignores it. Returns what happened; the value is only
 * written to the file, never into a message.
 */
function writeEnv(root: string, envFile: string, key: string, value: string): { result: 'appended' | 'present' | 'conflict'; gitignored: boolean } {
  const envPath = join(root, envFile);
  const existing = existsSync(envPath) ? readFileSync(envPath, 'utf8') : undefined;
  const plan = envAppend(existing, key, value);
  if (plan.kind === 'conflict') return { result: 'conflict', gitignored: false };
  if (plan.kind === 'append') appendFileSync(envPath, plan.text, { mode: 0o600 });
  let gitignored = false;
  if (!new IgnoreRules(root, []).ignored(envFile, ['.gitignore'])) {
    const gi = join(root, '.gitignore');
    appendFileSync(gi, gitignoreAppend(existsSync(gi) ? readFileSync(gi, 'utf8') : undefined, envFile));
    gitignored = true;
  }
  return { result: plan.kind === 'append' ? 'appended' : 'present', gitignored };
}

parentPort!.on('message', (msg: Request) => {
  try {
    switch (msg.type) {
      case 'configure': {
        const { errors, notes } = configure(msg.settings);
        const rules = builtinRules.map((r) => ({ id: r.id, description: r.description }));
        post({ type: 'configured', id: msg.id, errors, notes, rules });
        break;
      }
      case 'scanText':
        post({ ...scanText(msg.root, msg.path, msg.text, msg.untitled), id: msg.id });
        break;
      case 'scanWorkspace':
        scanWorkspace(msg.id, msg.root).catch((e) => post({ type: 'error', id: msg.id, message: errorText(e) }));
        break;
      case 'cancel':
        cancelled.add(msg.id);
        break;
      case 'writeEnv':
        post({ type: 'envWritten', id: msg.id, ...writeEnv(msg.root, msg.envFile, msg.key, msg.value) });
        break;
      case 'addBaseline': {
        const file = join(msg.root, settings.baselineFile);
        addToBaseline(file, msg.entries);
        const folder = folders.get(msg.root);
        for (const e of msg.entries) folder?.baseline.add(e.fingerprint);
        post({ type: 'baselineAdded', id: msg.id, file });
        break;
      }
    }
  } catch (e) {
    post({ type: 'error', id: msg.id, message: errorText(e) });
  }
});
