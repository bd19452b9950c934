/**
 * Developer tool: run the built-in rules directly (no CLI) on the shared peer corpus and list misses and false
 * positives, optionally for one source or peer rule. Prints the peer case ids, never writes the corpus anywhere.
 *   npx vite-node scripts/corpus-check.ts -- [--source trufflehog] [--rule 'slack|discord'] [--show 20] [--generated]
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { builtinRules, Scanner } from '../rules/src/index.js';

const args = process.argv.slice(2);
const opt = (n: string) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };
const file = new URL('../../shared/corpus/secrets/cases.jsonl', import.meta.url);
if (!existsSync(file)) { console.log('skip: ../shared/corpus/secrets is not beside the project'); process.exit(0); }
type Case = { id: string; source: string; rule: string; text: string; expect: string; line: number | null; lines?: number[]; ext?: string; path?: string; generated?: boolean; name?: string };
let cases: Case[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
if (!args.includes('--generated')) cases = cases.filter((c) => !c.generated);
const src = opt('--source'); if (src) cases = cases.filter((c) => c.source === src);
const rule = opt('--rule'); if (rule) { const re = new RegExp(rule, 'i'); cases = cases.filter((c) => re.test(c.rule)); }
const show = Number(opt('--show') ?? 15);
const scanner = new Scanner(builtinRules);
let pos = 0, found = 0, strict = 0, neg = 0, fp = 0;
const missed: Case[] = [], fps: { c: Case; rules: string[] }[] = [];
const t0 = Date.now();
for (const [n, c] of cases.entries()) {
  const name = c.path ? basename(c.path) : `case-${n}${c.ext || '.txt'}`;
  const r = scanner.scan(c.text, `c${n}/${name}`);
  const lines = new Set(r.findings.flatMap((f) => Array.from({ length: f.endLine - f.line + 1 }, (_, k) => f.line + k)));
  if (c.expect === 'finding') {
    pos++;
    if (r.findings.length) found++; else missed.push(c);
    const want = c.lines ?? (c.line ? [c.line] : null);
    if (r.findings.length && (!want || want.some((l) => lines.has(l)))) strict++;
  } else {
    neg++;
    if (r.findings.length) { fp++; fps.push({ c, rules: [...new Set(r.findings.map((f) => f.ruleId))] }); }
  }
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : '-');
console.log(`cases ${cases.length} in ${Date.now() - t0} ms: recall ${pct(found, pos)} (strict ${pct(strict, pos)}) of ${pos}; FP ${pct(fp, neg)} (${fp}/${neg})`);
const byRule = (xs: Case[]) => Object.entries(xs.reduce<Record<string, number>>((a, c) => ((a[`${c.source}/${c.rule}`] = (a[`${c.source}/${c.rule}`] ?? 0) + 1), a), {})).sort((a, b) => b[1] - a[1]);
console.log('missed by peer rule:', byRule(missed).slice(0, 40).map(([k, v]) => `${k}(${v})`).join(' '));
console.log('FP by peer rule:', byRule(fps.map((x) => x.c)).slice(0, 40).map(([k, v]) => `${k}(${v})`).join(' '));
if (args.includes('--verbose')) {
  for (const c of missed.slice(0, show)) console.log(`MISSED ${c.id} ${c.name ?? ''}\n  ${JSON.stringify(c.text.slice(0, 300))}`);
  for (const { c, rules } of fps.slice(0, show)) console.log(`FP ${c.id} by ${rules.join(',')} ${c.name ?? ''}\n  ${JSON.stringify(c.text.slice(0, 300))}`);
}
