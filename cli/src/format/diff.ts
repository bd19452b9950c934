/**
 * `nhilint scan --fix-dry-run`: the rules' fixes as one unified diff, changing nothing on disk. Each finding
 * contributes its first fix; an edit that overlaps one already taken is left out (the engine's rule: first
 * wins). Snippet placeholders (`${1:bucket-name}`) are shown with their default text, marked in the header, so
 * the diff reads as the file would after accepting the suggestion in the editor.
 */
import { lineAt, redact, scrubMessage, type Finding, type TextEdit } from '@nhilint/rules';

const CONTEXT = 3;

interface Taken {
  edit: TextEdit;
  finding: Finding;
}

/** Snippet syntax to its default text: `${1:name}` → `name`, `${1}` → ``, `\$` → `$`; other braces stay. */
export function snippetDefaults(text: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && '$}\\'.includes(text[i + 1]!)) {
      out += text[++i];
    } else if (c === '$' && text[i + 1] === '{' && isDigit(text[i + 2])) {
      let j = i + 2;
      while (isDigit(text[j])) j++;
      if (text[j] === ':') depth++;
      else if (text[j] === '}') {
        i = j;
        continue;
      }
      i = j;
    } else if (c === '}' && depth > 0) depth--;
    else out += c;
  }
  return out;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The diff of one file's fixes, or '' when none applies. */
export function fileFixDiff(path: string, text: string, findings: readonly Finding[]): string {
  const taken: Taken[] = [];
  for (const f of findings) {
    const fix = f.fixes[0];
    if (!fix) continue;
    const edits = fix.edits.map((e) => ({ ...e, newText: fix.snippet ? snippetDefaults(e.newText) : e.newText }));
    if (edits.some((e) => e.start < 0 || e.end > text.length || taken.some((t) => e.start < t.edit.end && t.edit.start < e.end))) continue;
    for (const edit of edits) taken.push({ edit, finding: f });
  }
  if (taken.length === 0) return '';
  const lines = text.split('\n');
  const starts: number[] = [];
  let o = 0;
  for (const l of lines) {
    starts.push(o);
    o += l.length + 1;
  }
  const lineOf = (off: number) => lineAt(starts, off);
  // Groups of edits touching the same lines, each replaced as whole lines.
  const sorted = [...taken].sort((a, b) => a.edit.start - b.edit.start);
  const groups: { l0: number; l1: number; edits: TextEdit[] }[] = [];
  for (const t of sorted) {
    const l0 = lineOf(t.edit.start);
    const l1 = lineOf(Math.max(t.edit.start, t.edit.end - 1));
    const last = groups[groups.length - 1];
    if (last && l0 <= last.l1) {
      last.l1 = Math.max(last.l1, l1);
      last.edits.push(t.edit);
    } else groups.push({ l0, l1, edits: [t.edit] });
  }
  const out: string[] = [`--- a/${path}`, `+++ b/${path}`];
  let delta = 0;
  let i = 0;
  while (i < groups.length) {
    // A hunk takes consecutive groups whose context windows touch.
    let j = i;
    while (j + 1 < groups.length && groups[j + 1]!.l0 - groups[j]!.l1 <= 2 * CONTEXT + 1) j++;
    const from = Math.max(0, groups[i]!.l0 - CONTEXT);
    const to = Math.min(lines.length - 1, groups[j]!.l1 + CONTEXT);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let cursor = from;
    for (let g = i; g <= j; g++) {
      const grp = groups[g]!;
      for (; cursor < grp.l0; cursor++, oldCount++, newCount++) body.push(` ${lines[cursor]}`);
      const segStart = starts[grp.l0]!;
      const segEnd = starts[grp.l1]! + lines[grp.l1]!.length;
      // An edit that removes whole lines ends past the last line's newline: take that newline into the segment
      // and out of the result, or the diff would show a blank line that the fixed file does not have.
      const consumed = grp.edits.some((e) => e.end > segEnd) && text[segEnd] === '\n';
      let after = applyEdits(text.slice(segStart, consumed ? segEnd + 1 : segEnd), grp.edits.map((e) => ({ ...e, start: e.start - segStart, end: e.end - segStart })));
      if (consumed && after.endsWith('\n')) after = after.slice(0, -1);
      const replaced = consumed && after === '' ? [] : after.split('\n');
      for (let l = grp.l0; l <= grp.l1; l++, oldCount++) body.push(`-${lines[l]}`);
      for (const r of replaced) body.push(`+${r}`);
      newCount += replaced.length;
      cursor = grp.l1 + 1;
    }
    for (; cursor <= to; cursor++, oldCount++, newCount++) body.push(` ${lines[cursor]}`);
    out.push(`@@ -${from + 1},${oldCount} +${from + 1 + delta},${newCount} @@`, ...body);
    delta += newCount - oldCount;
    i = j + 1;
  }
  return `${out.join('\n')}\n`;
}

/** What a diff must not show of one file: secret values, and lines whose finding was suppressed or baselined. */
export interface Hidden {
  values: string[];
  lines: Set<number>;
}

/**
 * Context and removed lines are the file's own text, so they can hold a secret (the value a CI secret-store fix
 * replaces, a suppressed token two lines above a grant). Every value the scan knows in the file is shown
 * redacted, and a line whose finding was suppressed has its token-like runs cut.
 */
function hide(diff: string, text: string, hidden: Hidden): string {
  let out = diff;
  for (const v of [...hidden.values].sort((a, b) => b.length - a.length)) if (v.length >= 4) out = out.split(v).join(redact(v));
  const lines = text.split('\n');
  for (const n of hidden.lines) {
    const line = lines[n - 1];
    if (line && line.trim()) out = out.split(line).join(scrubMessage(line));
  }
  return out;
}

/** Every fixable finding's diff, file by file, with a summary of what each fix is. */
export function formatFixDiff(
  findings: readonly Finding[],
  read: (path: string) => string | undefined,
  hiddenIn: (path: string, text: string) => Hidden,
): string {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) if (f.fixes.length > 0) (byPath.get(f.path) ?? byPath.set(f.path, []).get(f.path)!).push(f);
  const parts: string[] = [];
  let files = 0;
  for (const [path, list] of [...byPath].sort(([a], [b]) => a.localeCompare(b))) {
    const raw = read(path);
    if (raw === undefined) continue;
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const sorted = [...list].sort((a, b) => a.start - b.start);
    const diff = hide(fileFixDiff(path, text, sorted), text, hiddenIn(path, text));
    if (!diff) continue;
    files++;
    const notes = sorted.map((f) => `# ${path}:${f.line}:${f.column} ${f.ruleId}: ${f.fixes[0]!.title}${f.fixes[0]!.kind === 'suggestion' ? ' (suggestion' + (f.fixes[0]!.snippet ? ', placeholders to complete' : '') + ')' : ''}`);
    parts.push(`${notes.join('\n')}\n${diff}`);
  }
  const fixable = findings.filter((f) => f.fixes.length > 0).length;
  parts.push(`# ${fixable} of ${findings.length} findings carry a fix, in ${files} file${files === 1 ? '' : 's'}; nothing was written.\n`);
  return parts.join('');
}
