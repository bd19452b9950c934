/**
 * Orchestrates a file-system scan: the walk streams paths; small scans run on this thread, large ones spread
 * over worker threads (one per core) fed in batches, so peak memory stays flat however big the tree is.
 */
import type { ResolvedConfig } from '@nhilint/rules';
import { createScanner } from './scanner.js';
import { addOutcome, emptyReport, type ScanReport } from '../report.js';
import { walk, type WalkEntry } from '../sources/walk.js';
import { scanFile, type FileOutcome, type FileScanOptions } from './scan-file.js';

export interface RunOptions extends FileScanOptions {
  root: string;
  paths: string[];
  config: ResolvedConfig;
  configPath?: string;
  defaultExcludes: boolean;
  followSymlinks: boolean;
  /** 0 = decide by tree size. */
  threads: number;
}

/** Below this many files, starting workers costs more than it saves. */
const INLINE_LIMIT = 64;
const BATCH = 16;

export async function runScan(opts: RunOptions): Promise<ScanReport> {
  const t0 = Date.now();
  const report = emptyReport(opts.root);
  const collect = (o: FileOutcome) => addOutcome(report, o);
  const entries = walk(
    { root: opts.root, paths: opts.paths, configIgnores: opts.config.ignorePaths, defaultExcludes: opts.defaultExcludes, followSymlinks: opts.followSymlinks },
    (path, reason) => report.skipped.push({ path, reason }),
  );

  const head: WalkEntry[] = [];
  let exhausted = false;
  for (;;) {
    const next = await entries.next();
    if (next.done) { exhausted = true; break; }
    head.push(next.value);
    if (head.length > INLINE_LIMIT) break;
  }
  // Loaded here, not at start-up: small scans (the commit hook, the editor) never start a worker.
  const threads = opts.threads || Math.min(4, (await import('node:os')).availableParallelism());
  if (exhausted || threads <= 1) {
    const scanner = createScanner(opts.config);
    for (const e of head) collect(scanFile(scanner, e.path, e.abs, opts));
    if (!exhausted) for await (const e of entries) collect(scanFile(scanner, e.path, e.abs, opts));
  } else {
    await runPool(threads, opts, head, entries, collect);
  }
  report.findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start));
  report.skipped.sort((a, b) => (a.path < b.path ? -1 : 1));
  report.stats.durationMs = Math.round(Date.now() - t0);
  return report;
}

async function runPool(
  threads: number,
  opts: RunOptions,
  head: WalkEntry[],
  rest: AsyncGenerator<WalkEntry>,
  collect: (o: FileOutcome) => void,
): Promise<void> {
  const { Worker } = await import('node:worker_threads');
  const workerUrl = new URL('./worker.mjs', import.meta.url);
  const init = { configPath: opts.configPath, root: opts.root, maxFileSize: opts.maxFileSize, explain: opts.explain };
  const queue = head;
  let walking = true;
  let walkError: unknown;
  // The walk fills the queue while workers drain it; the walk pauses when the queue is long (flat memory).
  const waiters: (() => void)[] = [];
  const wake = () => { while (waiters.length) waiters.shift()!(); };
  const spaceWaiters: (() => void)[] = [];
  (async () => {
    try {
      for await (const e of rest) {
        queue.push(e);
        wake();
        if (queue.length > 4096) await new Promise<void>((r) => spaceWaiters.push(r));
      }
    } catch (e) {
      walkError = e;
    } finally {
      walking = false;
      wake();
    }
  })();
  const take = async (): Promise<WalkEntry[] | undefined> => {
    for (;;) {
      if (queue.length) {
        const batch = queue.splice(0, BATCH);
        if (queue.length < 1024) while (spaceWaiters.length) spaceWaiters.shift()!();
        return batch;
      }
      if (!walking) return undefined;
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  await Promise.all(
    Array.from({ length: threads }, async () => {
      const worker = new Worker(workerUrl, { workerData: init });
      try {
        for (;;) {
          const batch = await take();
          if (!batch) break;
          const results = await new Promise<FileOutcome[]>((resolve, reject) => {
            const onMessage = (r: FileOutcome[]) => { worker.off('error', onError); resolve(r); };
            const onError = (e: Error) => { worker.off('message', onMessage); reject(e); };
            worker.once('message', onMessage);
            worker.once('error', onError);
            worker.postMessage(batch);
          }).catch((e: Error) => batch.map((b): FileOutcome => ({ kind: 'skipped', path: b.path, reason: `worker failed: ${e.message.slice(0, 200)}` })));
          results.forEach(collect);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  if (walkError) throw walkError;
}
