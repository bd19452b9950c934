/**
 * The file walk, streamed (the list is never held whole), honouring every `.gitignore` and `.nhilintignore` in
 * the tree and the config's `ignore` globs, and skipping `.git/`. Symbolic links are not followed unless asked,
 * and then only inside the scanned tree and into each real folder once, so loops and links out of the tree
 * cannot make the walk escape or spin.
 */
import ignore, { type Ignore } from 'ignore';
import { readdir, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Version-control metadata: never content of the project. */
const ALWAYS_EXCLUDED_DIRS = new Set(['.git', '.hg', '.svn']);
/** Not scanned unless asked (`--no-default-excludes`): third-party code a user cannot fix in place. */
const DEFAULT_EXCLUDED_DIRS = new Set(['node_modules']);
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
  private readonly chains = new Map<string, [string, Ignore][]>();

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
    const trimmed = relPath.endsWith('/') ? relPath.slice(0, -1) : relPath;
    const cut = trimmed.lastIndexOf('/');
    for (const [base, ig] of this.chainOf(cut < 0 ? '' : trimmed.slice(0, cut), names)) {
      const sub = base ? relPath.slice(base.length + 1) : relPath;
      if (sub && ig.ignores(sub)) return true;
    }
    return false;
  }

  /**
   * The ignore files that speak for a folder's entries, from the root down, built once per folder: the walk
   * asks about every file, and rebuilding the chain per file was a measurable part of a large scan.
   */
  private chainOf(dir: string, names: readonly string[]): [string, Ignore][] {
    const key = names === IGNORE_FILES ? dir : `${dir}\u0000${names.join()}`;
    let chain = this.chains.get(key);
    if (chain) return chain;
    const cut = dir.lastIndexOf('/');
    chain = dir === '' ? [] : [...this.chainOf(cut < 0 ? '' : dir.slice(0, cut), names)];
    for (const ig of this.matchersOf(dir, names)) chain.push([dir, ig]);
    this.chains.set(key, chain);
    return chain;
  }
}

/** Yields files to scan; `onSkip` hears about what it passes over and why (named paths it cannot read, FIFOs
 * and devices, links it does not follow). */
export async function* walk(opts: WalkOptions, onSkip: (path: string, reason: string) => void): AsyncGenerator<WalkEntry> {
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
    for await (const entry of walkTree(opts, rel === '.' ? '' : rel, rules, onSkip)) {
      if (track && seen.has(entry.path)) continue;
      if (track) seen.add(entry.path);
      yield entry;
    }
  }
}

/**
 * Depth-first over one folder, one directory listing in memory at a time. Ignored folders are not entered at
 * all (git's rule: nothing below an ignored folder can be re-included), which keeps a gitignored build output
 * or virtualenv from costing a walk. Our own walk rather than a glob library: glob matchers drop names that
 * contain a newline and say nothing about FIFOs or devices, and nothing here needs globbing.
 */
async function* walkTree(opts: WalkOptions, start: string, rules: IgnoreRules, onSkip: (path: string, reason: string) => void): AsyncGenerator<WalkEntry> {
  const follow = opts.followSymlinks ?? false;
  const rootReal = follow ? safeRealpath(opts.root) : undefined;
  // Real paths of folders already walked or queued through a link: a loop, or a second way in, adds nothing.
  const visited = new Set<string>();
  if (follow) {
    const startReal = safeRealpath(join(opts.root, start));
    if (startReal) visited.add(startReal);
  }
  const stack = [start];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = await listFolder(join(opts.root, dir));
    } catch (e) {
      onSkip(dir || '.', `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      let kind: 'dir' | 'file' | 'other' = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
      if (entry.isSymbolicLink()) {
        if (rules.ignored(rel)) continue;
        if (!follow) {
          onSkip(rel, 'symbolic link, not followed (--follow-symlinks follows links that stay inside the scanned tree)');
          continue;
        }
        const target = safeRealpath(join(opts.root, rel));
        if (!target || !rootReal || (target !== rootReal && !target.startsWith(rootReal + sep))) {
          onSkip(rel, target ? 'symbolic link out of the scanned tree, not followed' : 'broken symbolic link');
          continue;
        }
        try {
          const st = statSync(target);
          kind = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
        } catch {
          onSkip(rel, 'broken symbolic link');
          continue;
        }
        if (kind === 'dir') {
          if (visited.has(target)) continue; // a loop, or a second way to the same folder
          visited.add(target);
        }
      }
      if (kind === 'dir') {
        if (ALWAYS_EXCLUDED_DIRS.has(entry.name) || (opts.defaultExcludes && DEFAULT_EXCLUDED_DIRS.has(entry.name))) continue;
        if (rules.ignored(`${rel}/`)) continue;
        if (follow && !entry.isSymbolicLink()) {
          // Links may point here too: remember the real path so they add nothing.
          const real = safeRealpath(join(opts.root, rel));
          if (real) {
            if (visited.has(real)) continue;
            visited.add(real);
          }
        }
        subdirs.push(rel);
      } else if (kind === 'file') {
        if (rules.ignored(rel)) continue;
        yield { path: rel, abs: join(opts.root, rel) };
      } else if (!rules.ignored(rel)) {
        onSkip(rel, 'not a regular file (FIFO, socket or device)');
      }
    }
    // Pushed in reverse so folders are walked in name order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]!);
  }
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** `fs.readdir` wrapped by hand: importing `node:fs/promises` also loads readline and file watchers, which every
 * commit-hook start would pay for. */
function listFolder(path: string): Promise<Dirent[]> {
  return new Promise((resolve, reject) => readdir(path, { withFileTypes: true }, (err, entries) => (err ? reject(err) : resolve(entries))));
}
