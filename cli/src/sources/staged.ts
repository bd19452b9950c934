/**
 * What is staged, read from the index (not the working tree): the blobs `git commit` would record. A secret
 * staged and then deleted from the working file is still found; one only in the working tree is not.
 * Blobs are read through one `git cat-file --batch` process; paths come NUL-separated, so spaces, quotes,
 * newlines and non-ASCII names pass unchanged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../config.js';
import { runGit, STAGED_DIFF_ARGS, startBlobReader, takeEarlyGit } from '../../bin/early-git.js';

export interface StagedFile {
  /** Relative to the repository root, `/` separators. */
  path: string;
  blob: string;
  mode: string;
}

export class GitError extends UsageError {}

/** Runs git and returns its output; a failure is a GitError naming `what` (default: the subcommand). */
export function git(cwd: string, args: string[], what = args[0]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'buffer', maxBuffer: 1 << 30 });
  if (r.error) throw new GitError(`cannot run git: ${r.error.message}`);
  if (r.status !== 0) throw new GitError(`git ${what} failed: ${r.stderr.toString('utf8').trim().split('\n')[0] ?? 'error'}`);
  return r.stdout.toString('utf8');
}

export function repoRoot(cwd: string): string {
  // Walking up to the nearest `.git` (a folder, or a file in worktrees and submodules) answers what
  // `git rev-parse --show-toplevel` would without starting a process, which a commit hook pays for. When the
  // environment points git elsewhere (GIT_DIR, GIT_WORK_TREE), git itself is asked.
  if (!process.env.GIT_DIR && !process.env.GIT_WORK_TREE) {
    for (let dir = resolve(cwd); ; ) {
      if (existsSync(join(dir, '.git'))) return dir;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  return git(cwd, ['rev-parse', '--show-toplevel']).trim();
}

/** git processes started early by the launcher (see cli/bin/early-git.js), or undefined. */
export type EarlyGit = ReturnType<typeof takeEarlyGit>;
export { takeEarlyGit };

/**
 * Files added, copied, modified or renamed in the index compared with HEAD (or with the empty tree in a
 * repository without commits). Deleted files have nothing to scan; submodules (mode 160000) and symbolic links
 * (120000) are not file content.
 */
export async function stagedFiles(root: string, early?: EarlyGit): Promise<{ files: StagedFile[]; skipped: { path: string; reason: string }[] }> {
  let result = early && (await early.listed);
  // An early start that failed is retried here, so that the error reported is this run's own.
  if (!result || result.status !== 0) result = await runGit(root, STAGED_DIFF_ARGS).result;
  if (result.error) throw new GitError(`cannot run git: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git diff --cached failed: ${result.stderr.trim().split('\n')[0] ?? 'error'}`);
  // -z raw format: ":<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0"
  const parts = result.stdout.toString('utf8').split('\0');
  const files: StagedFile[] = [];
  const skipped: { path: string; reason: string }[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const meta = parts[i]!.split(' ');
    const path = parts[i + 1]!;
    const mode = meta[1]!;
    const blob = meta[3]!;
    if (mode === '160000') skipped.push({ path, reason: 'submodule (its own repository is scanned on its own)' });
    else if (mode === '120000') skipped.push({ path, reason: 'symbolic link (the link target is not content of this commit)' });
    else files.push({ path, blob, mode });
  }
  return { files, skipped };
}

export interface BlobReader {
  /** Yields each file with its staged bytes, in order. Call once. */
  read(files: StagedFile[]): AsyncGenerator<{ file: StagedFile; bytes: Buffer }>;
  /** Lets git exit when nothing (more) will be read; safe to call twice. */
  close(): void;
}

/**
 * One `git cat-file --batch` for all blobs, started before the list of blobs is known so that its start-up
 * overlaps the caller's own (a commit hook counts every millisecond).
 */
export function blobReader(root: string, early?: EarlyGit): BlobReader {
  const { child, exited } = early?.blobReader ?? startBlobReader(root);
  const close = () => {
    if (!child.stdin.writableEnded) child.stdin.end();
  };
  async function* read(files: StagedFile[]): AsyncGenerator<{ file: StagedFile; bytes: Buffer }> {
    if (files.length === 0) return close();
    child.stdin.end(files.map((f) => f.blob).join('\n') + '\n');
    let buffer: Buffer = Buffer.alloc(0);
    let index = 0;
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (;;) {
        const nl = buffer.indexOf(10);
        if (nl < 0) break;
        const header = buffer.subarray(0, nl).toString('utf8');
        const [, type, sizeText] = header.split(' ');
        if (type === 'missing' || !sizeText) throw new GitError(`git cat-file: ${header}`);
        const size = Number(sizeText);
        if (buffer.length < nl + 1 + size + 1) break;
        yield { file: files[index++]!, bytes: buffer.subarray(nl + 1, nl + 1 + size) };
        buffer = buffer.subarray(nl + 1 + size + 1);
      }
    }
    const { status, stderr, error } = await exited;
    if (error) throw new GitError(`cannot run git: ${error.message}`);
    if (status !== 0 || index !== files.length) throw new GitError(`git cat-file --batch failed: ${stderr.trim() || `read ${index} of ${files.length} blobs`}`);
  }
  return { read, close };
}
