/**
 * The inline suppression the core reads (`nhilint-ignore <rule-id> -- <reason>` on the line above), written in
 * the file's own comment syntax. The core only looks for the marker, so any comment form works; JSON has none,
 * so no suppression is offered there (the baseline is the way).
 */
export interface CommentSyntax {
  open: string;
  close: string;
}

const HASH: CommentSyntax = { open: '#', close: '' };
const SLASH: CommentSyntax = { open: '//', close: '' };
const DASH: CommentSyntax = { open: '--', close: '' };
const XML: CommentSyntax = { open: '<!--', close: ' -->' };
const BLOCK: CommentSyntax = { open: '/*', close: ' */' };

const BY_LANGUAGE: Record<string, CommentSyntax | null> = {
  javascript: SLASH, javascriptreact: SLASH, typescript: SLASH, typescriptreact: SLASH, jsonc: SLASH, json5: SLASH,
  go: SLASH, java: SLASH, kotlin: SLASH, scala: SLASH, groovy: SLASH, c: SLASH, cpp: SLASH, csharp: SLASH,
  rust: SLASH, swift: SLASH, dart: SLASH, php: SLASH, 'objective-c': SLASH, scss: SLASH, less: SLASH, proto3: SLASH,
  python: HASH, ruby: HASH, shellscript: HASH, yaml: HASH, dockercompose: HASH, dockerfile: HASH, perl: HASH,
  r: HASH, toml: HASH, properties: HASH, dotenv: HASH, makefile: HASH, powershell: HASH, terraform: HASH,
  hcl: HASH, elixir: HASH, coffeescript: HASH, julia: HASH, nginx: HASH, ini: { open: ';', close: '' },
  'git-commit': HASH, ignore: HASH, plaintext: HASH,
  sql: DASH, lua: DASH, haskell: DASH,
  html: XML, xml: XML, markdown: XML, svelte: XML, vue: XML,
  css: BLOCK,
  bat: { open: 'REM', close: '' }, vb: { open: "'", close: '' }, latex: { open: '%', close: '' },
  erlang: { open: '%', close: '' }, clojure: { open: ';;', close: '' },
  json: null,
};

const BY_EXTENSION: Record<string, CommentSyntax> = {
  tf: HASH, hcl: HASH, tfvars: HASH, env: HASH, sh: HASH, bash: HASH, yml: HASH, yaml: HASH, toml: HASH,
};

/** `null`: the format has no comments. Unknown languages get `#`: the marker is all the core needs. */
export function commentSyntax(languageId: string, path: string): CommentSyntax | null {
  if (languageId in BY_LANGUAGE) return BY_LANGUAGE[languageId]!;
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (base.endsWith('.json')) return null;
  const ext = base.startsWith('.env') ? 'env' : base.slice(base.lastIndexOf('.') + 1);
  return BY_EXTENSION[ext] ?? HASH;
}

export interface Insertion {
  /** Offset of the start of the finding's line: the comment goes on its own line above. */
  offset: number;
  /** Snippet text: the reason is the first tab stop, so the cursor lands on it. */
  snippet: string;
  /** The same text with the placeholder's default filled in. */
  text: string;
}

export const REASON_PLACEHOLDER = 'reason';

/** Snippet syntax treats `$`, `}` and `\` specially; comment delimiters never hold them, but rule ids are data. */
const escapeSnippet = (s: string) => s.replace(/[\\$}]/g, (c) => `\\${c}`);

export function suppressionInsertion(text: string, findingStart: number, ruleId: string, syntax: CommentSyntax): Insertion {
  const lineStart = text.lastIndexOf('\n', findingStart - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, Math.min(text.length, lineStart + 400)))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const head = `${indent}${syntax.open} nhilint-ignore ${ruleId} -- `;
  const tail = `${syntax.close}${eol}`;
  return {
    offset: lineStart,
    snippet: `${escapeSnippet(head)}\${1:${REASON_PLACEHOLDER}}${escapeSnippet(tail)}`,
    text: `${head}${REASON_PLACEHOLDER}${tail}`,
  };
}
