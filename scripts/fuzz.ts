/**
 * `npm run fuzz`: the long fuzz pass (default 100,000 inputs; `-- --runs N --seed S`). Random fragment text,
 * mutated samples, mutated cases from the shared secret corpus (when ../shared is present; read in place, never
 * copied), and planted secrets in junk. Prints inputs/s, the slowest input and peak memory. An input that breaks
 * an invariant is saved to test/fuzz/regressions/ (replayed by every `npm test`) and the run exits 1; inputs
 * derived from the shared corpus are reported by case id and seed instead, so its data never enters the repo.
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkInvariants, checkPlanted, junk, mutated, PATHS, sampleTexts } from '../test/fuzz/properties.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = opt('--runs', 100_000);
const seed = opt('--seed', Date.now() % 2 ** 31);
const root = resolve(import.meta.dirname, '..');
const regressions = join(root, 'test/fuzz/regressions');

const samples = sampleTexts(join(root, 'samples'));
const corpusFile = join(root, '../shared/corpus/secrets/cases.jsonl');
const corpus = existsSync(corpusFile)
  ? readFileSync(corpusFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l, i) => {
        const c = JSON.parse(l) as { id?: string; text?: string; content?: string; path?: string; filename?: string };
        return { path: String(c.path ?? c.filename ?? 'case.txt'), text: String(c.text ?? c.content ?? ''), id: String(c.id ?? i) };
      })
      .filter((c) => c.text.length > 0)
  : [];

type Input = { kind: string; path: string; text: string; corpusId?: string };
const generators: fc.Arbitrary<Input>[] = [
  fc.tuple(junk(), fc.constantFrom(...PATHS)).map(([text, path]) => ({ kind: 'junk', path, text })),
  mutated(samples).map((m) => ({ kind: 'sample', ...m })),
  ...(corpus.length ? [mutated(corpus).map((m) => ({ kind: 'corpus', path: m.path, text: m.text, corpusId: m.id }))] : []),
];
const planted = fc.tuple(junk(40), junk(40), fc.nat(100_000));

let done = 0;
let slowest = { ms: 0, kind: '', path: '' };
let failures = 0;
const t0 = performance.now();
const chunk = 1000;
for (let batch = 0; done < runs; batch++) {
  const inputs = fc.sample(fc.oneof(...generators), { seed: seed + batch, numRuns: Math.min(chunk, runs - done) });
  for (const input of inputs) {
    const { problem, ms } = checkInvariants(input.text, input.path);
    if (ms > slowest.ms) slowest = { ms, kind: input.kind, path: input.path };
    if (problem) {
      failures++;
      if (input.kind === 'corpus') console.log(`FAIL (corpus case ${input.corpusId}, seed ${seed + batch}): ${problem}`);
      else {
        const name = createHash('sha256').update(input.text).digest('hex').slice(0, 12);
        writeFileSync(join(regressions, `${name}.json`), JSON.stringify({ path: input.path, text: input.text, problem }) + '\n');
        console.log(`FAIL (${input.kind}, saved test/fuzz/regressions/${name}.json): ${problem}`);
      }
    }
  }
  done += inputs.length;
  for (const [before, after, n] of fc.sample(planted, { seed: seed + batch, numRuns: 20 })) {
    const problem = checkPlanted(before, after, `fuzz${n}`);
    if (problem) {
      failures++;
      console.log(`FAIL (planted, seed ${seed + batch}): ${problem}`);
    }
  }
  if (batch % 10 === 9) console.log(`… ${done} inputs, ${(done / ((performance.now() - t0) / 1000)).toFixed(0)}/s`);
}
const seconds = (performance.now() - t0) / 1000;
console.log(
  `fuzz: ${done} inputs (seed ${seed}; ${corpus.length ? `${corpus.length} corpus cases as mutation sources` : 'no shared corpus'}) in ${seconds.toFixed(1)} s = ` +
    `${(done / seconds).toFixed(0)} inputs/s; slowest ${slowest.ms.toFixed(1)} ms (${slowest.kind}, ${slowest.path}); ` +
    `peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; ${failures} failures`,
);
process.exit(failures ? 1 : 0);
