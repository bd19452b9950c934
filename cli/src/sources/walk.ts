/**
 * The file walk: fast-glob, streamed (the list is never held whole), honouring every `.gitignore` and
 * `.nhilintignore` in the tree, the config's `ignore` globs, and skipping `.git/`. Symbolic links are not
 * followed, so loops and links out of the tree cannot make the walk escape or spin.
 */
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import { readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';

export const ALWAYS_EXCLUDED = ['**/.git/**', '**/.hg/**', '**/.svn/**'];
/** Not scanned unless asked (`--no-default-excludes`): third-party code a user cannot fix in place. */
export const DEFAULT_EXCLUDED = ['**/node_modules/**'];
const IGNORE_FILES = ['.gitignore', '.nhilintignore'];

export interface WalkOptions {
  root: string;
  paths: string[];
  configIgnores: string[];
  defaultExcludes: boolean;
  followSymlinks?: boolean;
}

export interface WalkEntry {
  /** Relative to the scan root, `/` separators. */
  path: string;
  abs: string;
}

export const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

export class IgnoreRules {
  private readonly byDir = new Map<string, Ignore>();

  /** `floor`: ignore files above this folder are not read (it was named explicitly although ignored). */
  constructor(private readonly root: string, configIgnores: string[], private readonly floor = '') {
    if (configIgnores.length) this.byDir.set('', ignore().add(configIgnores));
  }

  /** Loads every ignore file under `dir` (relative to root). */
  async load(dir: string, excluded: string[]): Promise<void> {
    const files = await fg(IGNORE_FILES.map((f) => posix.join(dir === '.' ? '' : dir, '**', f)), {
      cwd: this.root,
      dot: true,
      ignore: excluded,
      followSymbolicLinks: false,
      suppressErrors: true,
    });
    // Also the ignore files in the root itself and in the scanned folder's ancestors.
    const ancestors: string[] = [];
    for (let d = dir; d && d !== '.'; d = posix.dirname(d)) ancestors.push(...IGNORE_FILES.map((f) => posix.join(posix.dirname(d) === '.' ? '' : posix.dirname(d), f)));
    for (const f of new Set([...files, ...IGNORE_FILES, ...ancestors])) {
      if (this.floor && !f.startsWith(this.floor + '/')) continue;
      this.addFile(f);
    }
  }

  private addFile(rel: string): void {
    let text: string;
    try {
      text = readFileSync(join(this.root, rel), 'utf8');
    } catch {
      return;
    }
    const dir = posix.dirname(rel) === '.' ? '' : posix.dirname(rel);
    const key = `${dir}\u0000${posix.basename(rel)}`;
    this.byDir.set(key, ignore().add(text));
  }

  ignored(relPath: string): boolean {
    for (const [key, ig] of this.byDir) {
      const dir = key.split('\u0000')[0]!;
      if (dir && !relPath.startsWith(dir + '/')) continue;
      const sub = dir ? relPath.slice(dir.length + 1) : relPath;
      if (sub && ig.ignores(sub)) return true;
    }
    return false;
  }
}

/** Yields files to scan; `onSkip` hears about paths given on the command line that cannot be scanned. */
export async function* walk(opts: WalkOptions, onSkip: (path: string, reason: string) => void): AsyncGenerator<WalkEntry> {
  const excluded = [...ALWAYS_EXCLUDED, ...(opts.defaultExcludes ? DEFAULT_EXCLUDED : [])];
  const seen = new Set<string>();
  const track = opts.paths.length > 1; // only overlapping path arguments can yield a file twice
  for (const p of opts.paths) {
    const abs = resolve(p);
    const rel = toPosix(relative(opts.root, abs)) || '.';
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch (e) {
      onSkip(rel, `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
      continue;
    }
    if (!isDir) {
      // A file named explicitly is scanned even if ignored, like eslint and git add -f.
      if (!seen.has(rel)) {
        seen.add(rel);
        yield { path: rel, abs };
      }
      continue;
    }
    let rules = new IgnoreRules(opts.root, opts.configIgnores);
    await rules.load(rel, excluded);
    if (rel !== '.' && rules.ignored(`${rel}/`)) {
      // The user named an ignored folder (a build dir, a gitignored fixture): scan it, applying only the
      // ignore files inside it, the way an explicitly named file is scanned even if ignored.
      rules = new IgnoreRules(opts.root, opts.configIgnores, rel);
      await rules.load(rel, excluded);
    }
    const stream = fg.stream(rel === '.' ? '**' : `${fg.escapePath(rel)}/**`, {
      cwd: opts.root,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: opts.followSymlinks ?? false,
      ignore: excluded,
      suppressErrors: true,
      unique: false,
    });
    for await (const entry of stream) {
      const relPath = String(entry);
      if (track && seen.has(relPath)) continue;
      if (rules.ignored(relPath)) continue;
      if (track) seen.add(relPath);
      yield { path: relPath, abs: join(opts.root, relPath) };
    }
  }
}
