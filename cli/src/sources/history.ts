/**
 * "Is this secret anywhere in our history?": every commit's added lines, as `git log -p` shows them, streamed
 * oldest first (never held whole), each file's added lines scanned as one text whose line numbers map back to
 * the file. A secret that appears again in later commits is reported once, at the commit that introduced it.
 */
import { spawn } from 'node:child_process';
import type { Finding, Scanner } from '@nhilint/rules';
import { unquoteGitPath } from './diff.js';
import { GitError } from './staged.js';

export interface HistoryOptions {
  /** `--since REV`: commits after REV (REV..HEAD). */
  since?: string;
  /** `--range A..B`. */
  range?: string;
}

export type HistoryFinding = Finding & { commit: string; authorDate: string };

export interface HistoryStats {
  commits: number;
  files: number;
  bytes: number;
}

const COMMIT_MARK = '\u0000commit ';

export async function scanHistory(
  root: string,
  scanner: Scanner,
  opts: HistoryOptions,
  onFinding: (f: HistoryFinding) => void,
): Promise<HistoryStats> {
  const range = opts.range ?? (opts.since ? `${opts.since}..HEAD` : undefined);
  const args = ['-c', 'core.quotePath=true', 'log', '--reverse', '--no-color', '--no-ext-diff', '--no-renames', '-p', '-U0', '--diff-filter=ACMRT', `--format=%x00commit %H %aI`];
  if (range) args.push(range);
  else args.push('--all');
  const child = spawn('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));

  const stats: HistoryStats = { commits: 0, files: 0, bytes: 0 };
  const seen = new Set<string>();
  let commit = '';
  let date = '';
  let path: string | undefined;
  let lines: string[] = [];
  let numbers: number[] = [];
  let next = 0;

  const flush = () => {
    if (path !== undefined && lines.length) {
      const text = lines.join('\n');
      stats.files++;
      stats.bytes += text.length;
      const result = scanner.scan(text, path);
      for (const f of result.findings) {
        if (seen.has(f.fingerprint)) continue;
        seen.add(f.fingerprint);
        const line = numbers[f.line - 1] ?? f.line;
        const endLine = numbers[f.endLine - 1] ?? f.endLine;
        // Offsets refer to the added lines only, which no file has; drop them and any fixes built on them.
        onFinding({ ...f, line, endLine, start: -1, end: -1, fixes: [], commit, authorDate: date });
      }
    }
    lines = [];
    numbers = [];
  };

  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const raw of rl) {
    if (raw.startsWith(COMMIT_MARK)) {
      flush();
      path = undefined;
      const [sha, when] = raw.slice(COMMIT_MARK.length).split(' ');
      commit = sha ?? '';
      date = when ?? '';
      stats.commits++;
    } else if (raw.startsWith('diff --git ')) {
      flush();
      path = undefined;
    } else if (raw.startsWith('+++ ')) {
      const target = raw.slice(4).replace(/\t$/, '');
      path = target === '/dev/null' ? undefined : unquoteGitPath(target).replace(/^b\//, '');
    } else if (raw.startsWith('@@')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(raw);
      next = m ? Number(m[1]) : next;
    } else if (raw.startsWith('+') && path !== undefined) {
      lines.push(raw.slice(1));
      numbers.push(next++);
    }
  }
  flush();
  const code = await exited;
  if (code !== 0) throw new GitError(`git log failed: ${stderr.trim().split('\n')[0] ?? `exit ${code}`}`);
  return stats;
}
