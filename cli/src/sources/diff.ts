/**
 * Pull-request mode: the lines added since a base revision (`git diff BASE`, working tree against BASE), so a
 * scan reports only what the change introduces.
 */
import { git } from './staged.js';

/** Path (relative to the repository root) -> 1-based line numbers added in the working tree. */
export type AddedLines = Map<string, Set<number>>;

/** Undoes git's C-style quoting of unusual path names (`"a\tb\303\251"`). */
export function unquoteGitPath(raw: string): string {
  if (!raw.startsWith('"')) return raw;
  const bytes: number[] = [];
  const body = raw.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[++i]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(({ n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

export function addedLinesSince(root: string, base: string): AddedLines {
  const out = git(root, ['-c', 'core.quotePath=true', 'diff', '--no-color', '--no-ext-diff', '--no-renames', '-U0', '--diff-filter=ACMRT', base, '--'], `diff ${base}`);
  const added: AddedLines = new Map();
  let current: Set<number> | undefined;
  for (const line of out.split('\n')) {
    if (line.startsWith('+++ ')) {
      // git ends the name with a tab when it holds a space, so the name's end is unambiguous
      const target = line.slice(4).replace(/\t$/, '');
      current = undefined;
      if (target === '/dev/null') continue;
      const path = unquoteGitPath(target).replace(/^b\//, '');
      current = new Set();
      added.set(path, current);
    } else if (line.startsWith('@@') && current) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return added;
}
