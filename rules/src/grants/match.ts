/**
 * The one wildcard matcher every grant rule shares. IAM actions (`iam:Attach*Policy`), RBAC names and GCP
 * roles use `*` (any run) and `?` (one character), compared case-insensitively. Written as the two-pointer
 * glob walk rather than a regex built from policy text: linear in practice, never catastrophic, and nothing
 * from a scanned file is ever compiled.
 */
export function globMatch(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase();
  const t = text.toLowerCase();
  let pi = 0;
  let ti = 0;
  let star = -1;
  let mark = 0;
  while (ti < t.length) {
    if (pi < p.length && (p[pi] === '?' || p[pi] === t[ti])) {
      pi++;
      ti++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      mark = ti;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++mark;
    } else return false;
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/**
 * True when two wildcard patterns can match a common string (`iam:Attach*` and `iam:*Policy`): a policy's
 * action pattern is checked against a table entry that may itself hold wildcards.
 */
export function globsOverlap(a: string, b: string): boolean {
  // Most pairs have a wildcard on one side at most (a policy's `s3:*` against a table's `iam:PassRole`): the
  // common strings are then just what the one pattern matches, or equality. Same answers as the walk below,
  // without its set and stack per pair (every action of every statement meets the whole escalation table).
  const wildA = isWildcard(a);
  const wildB = isWildcard(b);
  if (!wildA && !wildB) return a.toLowerCase() === b.toLowerCase();
  if (!wildB) return globMatch(a, b);
  if (!wildA) return globMatch(b, a);
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // Memoised on (i, j): each pair is decided once, so the walk is at most |a|·|b| steps.
  const seen = new Set<number>();
  const stack: [number, number][] = [[0, 0]];
  while (stack.length > 0) {
    const [i, j] = stack.pop()!;
    const key = i * (y.length + 1) + j;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i === x.length && j === y.length) return true;
    const cx = x[i];
    const cy = y[j];
    if (cx === '*') {
      stack.push([i + 1, j]);
      if (j < y.length) stack.push([i, j + 1]);
      continue;
    }
    if (cy === '*') {
      stack.push([i, j + 1]);
      if (i < x.length) stack.push([i + 1, j]);
      continue;
    }
    if (i < x.length && j < y.length && (cx === cy || cx === '?' || cy === '?')) stack.push([i + 1, j + 1]);
  }
  return false;
}

export const isWildcard = (s: string): boolean => s.includes('*') || s.includes('?');
