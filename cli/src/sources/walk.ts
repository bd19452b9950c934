/**
 * The file walk: fast-glob, streamed (the list is never held whole), honouring every `.gitignore` and
 * `.nhilintignore` in the tree, the config's `ignore` globs, and skipping `.git/`. Symbolic links are not
 * followed, so loops and links out of the tree cannot make the walk escape or spin.
 */
import ignore, { type Ignore } from 'ignore';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

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

/**
 * Ignore rules as git applies them: each folder's `.gitignore` / `.nhilintignore` speaks for the paths below
 * it, read the first time a file under that folder comes by (one failed open per folder without one, instead
 * of a second walk of the tree), and only the folders on a file's own path are consulted.
 */
export class IgnoreRules {
  private readonly config: Ignore | undefined;
  private readonly byDir = new Map<string, Ignore[]>();

  /** `floor`: ignore files above this folder are not read (it was named explicitly although ignored). */
  constructor(private readonly root: string, configIgnores: string[], private readonly floor = '') {
    this.config = configIgnores.length ? ignore().add(configIgnores) : undefined;
  }

  private matchersOf(dir: string, names: readonly string[]): Ignore[] {
    const key = `${dir}\u0000${names.join()}`;
    let found = this.byDir.get(key);
    if (found) return found;
    found = [];
    if (!this.floor || dir === this.floor || dir.startsWith(this.floor + '/')) {
      for (const name of names) {
        try {
          found.push(ignore().add(readFileSync(join(this.root, dir, name), 'utf8')));
        } catch {
          // no such file here: the common case
        }
      }
    }
    this.byDir.set(key, found);
    return found;
  }

  /** Whether a file (or, with a trailing `/`, a folder) is ignored; `names`: which ignore files count. */
  ignored(relPath: string, names: readonly string[] = IGNORE_FILES): boolean {
    if (this.config?.ignores(relPath)) return true;
    let dir = '';
    let slash = -1;
    for (;;) {
      const sub = dir ? relPath.slice(dir.length + 1) : relPath;
      if (sub) for (const ig of this.matchersOf(dir, names)) if (ig.ignores(sub)) return true;
      slash = relPath.indexOf('/', slash + 1);
      if (slash < 0 || slash === relPath.length - 1) return false;
      dir = relPath.slice(0, slash);
    }
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
    if (rel !== '.' && rules.ignored(`${rel}/`)) {
      // The user named an ignored folder (a build dir, a gitignored fixture): scan it, applying only the
      // ignore files inside it, the way an explicitly named file is scanned even if ignored.
      rules = new IgnoreRules(opts.root, opts.configIgnores, rel);
    }
    // Loaded on first use: the commit hook never walks a tree and should not pay for loading fast-glob.
    const { default: fg } = await import('fast-glob');
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
