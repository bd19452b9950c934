/**
 * The short, seeded fuzz pass that runs with every `npm test` (the long pass is `npm run fuzz`), plus every
 * input a fuzz run ever caught, replayed from test/fuzz/regressions/.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/cli.js';
import { checkInvariants, checkPlanted, junk, mutated, PATHS, sampleTexts } from './properties.js';

const SEED = 20261123;
const samples = sampleTexts(join(REPO, 'samples'));

describe('fuzz (seeded, short)', () => {
  it('random text: never throws, positions inside the text, within budget', () => {
    fc.assert(
      fc.property(junk(), fc.constantFrom(...PATHS), (text, path) => checkInvariants(text, path).problem === undefined),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('mutated samples: the same', () => {
    fc.assert(
      fc.property(mutated(samples), ({ text, path }) => checkInvariants(text, path).problem === undefined),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('a planted secret is found whatever surrounds it', () => {
    fc.assert(
      fc.property(junk(40), junk(40), fc.nat(1000), (before, after, n) => checkPlanted(before, after, `fz${n}`) === undefined),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('fuzz regressions', () => {
  const dir = join(REPO, 'test/fuzz/regressions');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  it.each(files.length ? files : ['(none yet)'])('%s', (file) => {
    if (file === '(none yet)') return;
    const { path, text } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { path: string; text: string };
    expect(checkInvariants(text, path).problem).toBeUndefined();
  });
});
