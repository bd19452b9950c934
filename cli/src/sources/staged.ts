/**
 * What is staged, read from the index (not the working tree): the blobs `git commit` would record. A secret
 * staged and then deleted from the working file is still found; one only in the working tree is not.
 * Blobs are read through one `git cat-file --batch` process; paths come NUL-separated, so spaces, quotes,
 * newlines and non-ASCII names pass unchanged.
 */
import { spawn, spawnSync } from 'node:child_process';
import { UsageError } from '../config.js';

/** git's well-known id of the empty tree: the base to compare with before the first commit. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

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
  return git(cwd, ['rev-parse', '--show-toplevel']).trim();
}

/**
 * Files added, copied, modified or renamed in the index compared with HEAD (or with the empty tree in a
 * repository without commits). Deleted files have nothing to scan; submodules (mode 160000) and symbolic links
 * (120000) are not file content.
 */
export function stagedFiles(root: string): { files: StagedFile[]; skipped: { path: string; reason: string }[] } {
  // Ask for HEAD first (the common case, one process); a repository without commits has no HEAD to compare
  // with, so compare with the empty tree then.
  const args = (base: string) => ['diff-index', '--cached', '-z', '--no-renames', '--diff-filter=ACMRT', base];
  const first = spawnSync('git', args('HEAD'), { cwd: root, encoding: 'buffer', maxBuffer: 1 << 30 });
  const unborn = first.status !== 0 && /HEAD/.test(first.stderr.toString('utf8'));
  if (first.status !== 0 && !unborn) throw new GitError(`git diff-index failed: ${first.stderr.toString('utf8').trim().split('\n')[0] ?? 'error'}`);
  const raw = unborn ? git(root, args(EMPTY_TREE)) : first.stdout.toString('utf8');
  // -z raw format: ":<old mode> <new mode> <old sha> <new sha> <status>\0<path>\0"
  const parts = raw.split('\0');
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

/** Reads blobs through one `git cat-file --batch`, in order; yields each file with its bytes. */
export async function* readBlobs(root: string, files: StagedFile[]): AsyncGenerator<{ file: StagedFile; bytes: Buffer }> {
  if (files.length === 0) return;
  const child = spawn('git', ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
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
  const code = await exited;
  if (code !== 0 || index !== files.length) throw new GitError(`git cat-file --batch failed: ${stderr.trim() || `read ${index} of ${files.length} blobs`}`);
}
