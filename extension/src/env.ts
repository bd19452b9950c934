/**
 * "Move the secret to an environment variable": the literal is replaced by the language's own lookup and the
 * value goes to the workspace's `.env`, so nothing is lost. Everything here is plain text in, offsets out; the
 * extension applies the edits as one WorkspaceEdit (one undo) and the worker appends to `.env`.
 * Where a case is ambiguous (escapes in the literal, a string prefix, a literal that is only part of a string in
 * a language without interpolation) no plan is made: refusing is better than a wrong edit.
 */
import type { Finding } from '@nhilint/rules';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export interface EnvPlan {
  /** The key written to `.env` (`TF_VAR_name` for Terraform). */
  envKey: string;
  value: string;
  /** Edits on the document, in order, not overlapping. */
  edits: OffsetEdit[];
  /** What the literal becomes, for the action's title. */
  reference: string;
}

export type PlanResult = { ok: true; plan: EnvPlan } | { ok: false; reason: string };

type Style =
  | { kind: 'expr'; ref: (name: string) => string; imports?: (text: string) => OffsetEdit[] }
  | { kind: 'interp'; shell: boolean }
  | { kind: 'terraform' };

const JS: Style = { kind: 'expr', ref: (n) => `process.env.${n}` };
const STYLES: Record<string, Style> = {
  javascript: JS, javascriptreact: JS, typescript: JS, typescriptreact: JS, vue: JS, svelte: JS,
  python: { kind: 'expr', ref: (n) => `os.environ["${n}"]`, imports: pythonImportOs },
  go: { kind: 'expr', ref: (n) => `os.Getenv("${n}")`, imports: goImportOs },
  java: { kind: 'expr', ref: (n) => `System.getenv("${n}")` },
  kotlin: { kind: 'expr', ref: (n) => `System.getenv("${n}")` },
  ruby: { kind: 'expr', ref: (n) => `ENV["${n}"]` },
  csharp: { kind: 'expr', ref: (n) => `Environment.GetEnvironmentVariable("${n}")` },
  php: { kind: 'expr', ref: (n) => `getenv('${n}')` },
  shellscript: { kind: 'interp', shell: true },
  yaml: { kind: 'interp', shell: false },
  dockercompose: { kind: 'interp', shell: false },
  json: { kind: 'interp', shell: false },
  jsonc: { kind: 'interp', shell: false },
  terraform: { kind: 'terraform' },
};
const BY_EXTENSION: Record<string, string> = {
  js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascriptreact', ts: 'typescript', mts: 'typescript',
  cts: 'typescript', tsx: 'typescriptreact', py: 'python', go: 'go', java: 'java', kt: 'kotlin', rb: 'ruby', cs: 'csharp',
  php: 'php', sh: 'shellscript', bash: 'shellscript', zsh: 'shellscript', yml: 'yaml', yaml: 'yaml', json: 'json',
  tf: 'terraform',
};

/** The language's style, from the editor's language id, else the file extension (`.tf` without a Terraform extension). */
export function styleFor(languageId: string, path: string): Style | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  // A dotenv file or Terraform variable values: the value is already where values go.
  if (base.startsWith('.env') || base.endsWith('.env') || base.endsWith('.tfvars') || languageId === 'dotenv') return undefined;
  const byLanguage = STYLES[languageId];
  if (byLanguage) return byLanguage;
  const ext = base.slice(base.lastIndexOf('.') + 1);
  return BY_EXTENSION[ext] ? STYLES[BY_EXTENSION[ext]!] : undefined;
}

export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function validateEnvName(name: string): string | undefined {
  if (!ENV_NAME.test(name)) return 'Use letters, digits and _, not starting with a digit.';
  if (name.length > 128) return 'Use at most 128 characters.';
  return undefined;
}

type FindingPart = Pick<Finding, 'start' | 'end' | 'literal' | 'category' | 'suggestedEnvName' | 'ruleId'>;

export function defaultEnvName(f: FindingPart): string {
  const n = f.suggestedEnvName ?? f.ruleId.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return ENV_NAME.test(n) ? n : `NHILINT_${n.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

const isIdentChar = (c: string | undefined) => !!c && /[A-Za-z0-9_$]/.test(c);

export function planEnvMove(text: string, f: FindingPart, languageId: string, path: string, name: string): PlanResult {
  if (f.category === 'wildcard-grant' || !f.literal) return { ok: false, reason: 'the finding is not a value in the file' };
  const style = styleFor(languageId, path);
  if (!style) return { ok: false, reason: `no environment lookup is known for ${languageId || 'this file'}` };
  const bad = validateEnvName(name);
  if (bad) return { ok: false, reason: bad };
  const value = text.slice(f.start, f.end);
  if (!value || value.includes('\\')) return { ok: false, reason: 'the literal holds escapes, so its value cannot be copied exactly' };
  const { quote } = f.literal;
  const lit = { start: f.literal.start, end: f.literal.end };
  // `"""…"""`, `r"…"`, `b'…'`, a tagged template: the quotes around the value are not the whole literal.
  const wholeLiteral =
    quote !== '' && text[lit.start - 1] !== quote && text[lit.end] !== quote && !isIdentChar(text[lit.start - 1]) &&
    !(quote === '`' && value.includes('${'));
  const edits: OffsetEdit[] = [];
  let envKey = name;
  let reference: string;
  if (style.kind === 'expr') {
    if (!wholeLiteral) return { ok: false, reason: 'the value is part of a larger string' };
    reference = style.ref(name);
    edits.push(...(style.imports?.(text) ?? []));
    edits.push({ start: lit.start, end: lit.end, newText: reference });
  } else if (style.kind === 'interp') {
    reference = `\${${name}}`;
    // Shells expand nothing inside single quotes: a whole quoted literal becomes a double-quoted one.
    if (style.shell && wholeLiteral) edits.push({ start: lit.start, end: lit.end, newText: `"${reference}"` });
    else edits.push({ start: f.start, end: f.end, newText: reference });
  } else {
    const tfName = name.toLowerCase();
    envKey = `TF_VAR_${tfName}`;
    reference = `var.${tfName}`;
    if (wholeLiteral && quote === '"') edits.push({ start: lit.start, end: lit.end, newText: reference });
    else if (quote === '' || quote === '"') edits.push({ start: f.start, end: f.end, newText: `\${${reference}}` });
    else return { ok: false, reason: 'HCL strings use double quotes only' };
    if (!new RegExp(`^\\s*variable\\s+"${tfName}"`, 'm').test(text)) {
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      const sep = text.length === 0 || text.endsWith('\n') ? eol : eol + eol;
      const block = [`variable "${tfName}" {`, '  type      = string', '  sensitive = true', '}'].join(eol);
      edits.push({ start: text.length, end: text.length, newText: `${sep}${block}${eol}` });
    }
  }
  edits.sort((a, b) => a.start - b.start);
  return { ok: true, plan: { envKey, value, edits, reference } };
}

/** Applies offset edits (sorted, non-overlapping) to a text: what the editor will show afterwards. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at);
}

function pythonImportOs(text: string): OffsetEdit[] {
  if (/^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os(?:\.[\w.]+)?[ \t]*(?:,|#|$)/m.test(text)) return [];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split('\n');
  let offset = 0;
  let i = 0;
  const skip = () => { offset += lines[i]!.length + 1; i++; };
  // After the shebang, encoding and other leading comments, the module docstring and `from __future__` imports.
  while (i < lines.length && /^\s*(?:#.*)?\r?$/.test(lines[i]!)) skip();
  const doc = /^[rRuU]?("""|''')/.exec(lines[i] ?? '');
  if (doc) {
    const closesOnSameLine = lines[i]!.indexOf(doc[1]!, doc[0].length) >= 0;
    if (!closesOnSameLine) while (i < lines.length - 1 && !lines[i + 1]!.includes(doc[1]!)) skip();
    if (!closesOnSameLine) skip();
    skip();
  }
  let afterFuture = -1;
  for (let j = i, o = offset; j < lines.length; o += lines[j]!.length + 1, j++) {
    if (/^from[ \t]+__future__[ \t]+import/.test(lines[j]!)) afterFuture = o + lines[j]!.length + 1;
    else if (/^\S/.test(lines[j]!) && !/^#/.test(lines[j]!)) break;
  }
  if (afterFuture >= 0) offset = afterFuture;
  return [{ start: Math.min(offset, text.length), end: Math.min(offset, text.length), newText: `import os${eol}` }];
}

function goImportOs(text: string): OffsetEdit[] {
  if (/^import[ \t]+"os"|^import[ \t]*\((?:[^)]*\n)?[ \t]*"os"[ \t]*\r?$/m.test(text) || /^[ \t]*"os"[ \t]*\r?$/m.test(text)) return [];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = /^import[ \t]*\([ \t]*\r?\n/m.exec(text);
  if (block) return [{ start: block.index + block[0].length, end: block.index + block[0].length, newText: `\t"os"${eol}` }];
  const single = /^import[ \t]+/m.exec(text);
  if (single) return [{ start: single.index, end: single.index, newText: `import "os"${eol}` }];
  const pkg = /^package[ \t]+\w+[^\n]*\n?/m.exec(text);
  const at = pkg ? pkg.index + pkg[0].length : 0;
  return [{ start: at, end: at, newText: `${pkg && !pkg[0].endsWith('\n') ? eol : ''}${eol}import "os"${eol}` }];
}

/** A `.env` line for the value: bare when safe, else quoted so dotenv parsers read back exactly the value. */
export function envLine(key: string, value: string): string {
  if (/^[A-Za-z0-9_\-.\/+=:@~%,]*$/.test(value)) return `${key}=${value}`;
  if (!value.includes("'") && !value.includes('\n')) return `${key}='${value}'`;
  return `${key}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

/** Keys already in a `.env`, with their raw values (quotes removed). */
export function envEntries(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    let v = m[2]!;
    if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0])) {
      v = v.slice(1, -1);
      if (m[2]![0] === '"') v = v.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1');
    }
    out.set(m[1]!, v);
  }
  return out;
}

export type EnvAppend = { kind: 'append'; text: string } | { kind: 'present' } | { kind: 'conflict' };

/**
 * What to append to an existing `.env` (undefined: no file yet). Appending only: the file is never rewritten,
 * and a key that already holds another value is a conflict the user resolves by choosing another name.
 */
export function envAppend(existing: string | undefined, key: string, value: string): EnvAppend {
  const current = existing === undefined ? undefined : envEntries(existing).get(key);
  if (current !== undefined) return current === value ? { kind: 'present' } : { kind: 'conflict' };
  const eol = existing?.includes('\r\n') ? '\r\n' : '\n';
  const lead = existing && !existing.endsWith('\n') ? eol : '';
  return { kind: 'append', text: `${lead}${envLine(key, value)}${eol}` };
}

/** The line added to `.gitignore` for the env file (relative to the workspace root). */
export function gitignoreAppend(existing: string | undefined, envRel: string): string {
  const lead = existing && !existing.endsWith('\n') ? '\n' : '';
  return `${lead}${envRel.replace(/^\/+/, '')}\n`;
}
