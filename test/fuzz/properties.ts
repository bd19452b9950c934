/**
 * What the core must hold on any input (issue 8), shared by the short seeded pass in `npm test`
 * (fuzz.test.ts) and the long pass in `npm run fuzz` (scripts/fuzz.ts):
 *   1. it never throws;
 *   2. every finding's range and line/column lie inside the text and agree with each other;
 *   3. a scan stays within its time budget (or reports the file as partially scanned);
 *   4. a planted secret is found, at its exact range, whatever junk surrounds it.
 * Inputs are random text built from the fragments real files are made of, and mutations of the samples.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules, Scanner, type FileScan } from '../../rules/src/index.js';
import { githubPat } from '../helpers/tokens.js';

export const scanner = new Scanner(builtinRules);
export const BUDGET_MS = 3000;

const FRAGMENTS = [
  'password', 'secret', 'token', 'api_key', 'apiKey', 'AKIA', 'ASIA', 'ghp_', 'github_pat_', 'glpat-', 'xoxb-', 'sk_live_',
  'eyJhbGciOiJIUzI1NiJ9.', '-----BEGIN RSA PRIVATE KEY-----', '-----END', 'postgres://u:p@h/db', 'kind: Secret',
  'type: kubernetes.io/service-account-token', 'data:', 'verbs: ["*"]', '"Action": "*"', 'Resource', 'Principal',
  'resource "aws_iam_policy" "x" {', 'jsonencode({', '<<EOF', 'EOF', '${', '}}', '{{ .Values.x }}', '&a', '*a', '- ',
  ': ', '=', '"', "'", '`', '\\', '\n', '\r\n', '\r', '\t', '  ', '#', '//', '/*', '*/', '[', ']', '{', '}', '(', ')',
  ',', ';', 'nhilint-ignore github-token -- ', '\u0000', '\uFEFF', 'é', '漢', '😀', '\uD800', 'a'.repeat(300),
];

/** Random text made of fragments and characters, with occasional long runs. */
export const junk = (maxParts = 80): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
        { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
        { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
        { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9+/=_-]{8,64}$/) },
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(''));

export const PATHS = ['a.ts', 'config.yaml', 'deploy/k8s.yaml', 'main.tf', '.env', 'policy.json', '.npmrc', 'x.py', 'template.json', 'README.md'];

/** Every sample file's text, for mutation. */
export function sampleTexts(root: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(abs).isDirectory()) walk(abs, r);
      else if (statSync(abs).size < 200_000) out.push({ path: r, text: readFileSync(abs, 'utf8') });
    }
  };
  walk(root, '');
  return out;
}

/** A sample, mutated: characters flipped, chunks cut, duplicated or inserted. */
export const mutated = <T extends { path: string; text: string }>(samples: T[]): fc.Arbitrary<T> =>
  fc
    .record({
      sample: fc.constantFrom(...samples),
      edits: fc.array(
        fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), kind: fc.constantFrom('flip', 'cut', 'dup', 'insert'), len: fc.nat(200), text: junk(6) }),
        { maxLength: 12 },
      ),
    })
    .map(({ sample, edits }) => {
      let text = sample.text;
      for (const e of edits) {
        const at = Math.floor(e.at * text.length);
        if (e.kind === 'flip') text = text.slice(0, at) + String.fromCharCode((text.charCodeAt(at) || 32) ^ 0x20) + text.slice(at + 1);
        else if (e.kind === 'cut') text = text.slice(0, at) + text.slice(at + e.len);
        else if (e.kind === 'dup') text = text.slice(0, at + e.len) + text.slice(at, at + e.len) + text.slice(at + e.len);
        else text = text.slice(0, at) + e.text + text.slice(at);
      }
      return { ...sample, text };
    });

/** Checks properties 1-3 for one input; returns a problem description, or undefined when it holds. */
export function checkInvariants(text: string, path: string): { problem?: string; ms: number } {
  const t0 = performance.now();
  let result: FileScan;
  try {
    result = scanner.scan(text, path, { timeBudgetMs: BUDGET_MS, explain: true });
  } catch (e) {
    return { problem: `threw: ${e instanceof Error ? e.stack?.split('\n').slice(0, 3).join(' | ') : String(e)}`, ms: performance.now() - t0 };
  }
  const ms = performance.now() - t0;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The budget is checked between units of regex work; one unit may run a little past it.
  if (ms > BUDGET_MS * 1.5 + 200) return { problem: `ran ${ms.toFixed(0)} ms, past the ${BUDGET_MS} ms budget`, ms };
  for (const f of result.findings) {
    if (!(f.start >= 0 && f.end > f.start && f.end <= body.length)) return { problem: `range ${f.start}-${f.end} outside ${body.length} chars (${f.ruleId})`, ms };
    if (f.line < 1 || f.column < 1 || f.endLine < f.line || (f.endLine === f.line && f.endColumn <= f.column)) return { problem: `bad position ${f.line}:${f.column}-${f.endLine}:${f.endColumn} (${f.ruleId})`, ms };
    const before = body.slice(0, f.start);
    const line = before.split(/\r\n|\r|\n/).length;
    if (line !== f.line) return { problem: `line ${f.line} but offset ${f.start} is on line ${line} (${f.ruleId})`, ms };
  }
  return { ms };
}

/** Property 4: a token planted between junk, behind a delimiter, is found at its exact range. */
export function checkPlanted(before: string, after: string, salt: string): string | undefined {
  const token = githubPat(salt);
  const text = `${before}\ntoken = "${token}"\n${after}`;
  // The scanner drops a leading BOM, and offsets count from after it.
  const start = before.length + 10 - (text.charCodeAt(0) === 0xfeff ? 1 : 0);
  const result = scanner.scan(text, 'app.py', { timeBudgetMs: BUDGET_MS });
  const hit = result.findings.find((f) => f.ruleId === 'github-token' && f.start === start && f.end === start + token.length);
  if (hit) return undefined;
  const suppressed = result.suppressed.some((s) => s.ruleId === 'github-token');
  const partial = result.notices.some((n) => n.kind === 'partial');
  // Junk may legitimately suppress the line (an nhilint-ignore with a reason just above) or exhaust the budget.
  if (suppressed || partial) return undefined;
  return `planted token not found (findings: ${result.findings.map((f) => `${f.ruleId}@${f.start}`).join(', ') || 'none'})`;
}
