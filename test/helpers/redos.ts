import { check } from 'recheck';

/**
 * recheck's verdict on one regex: 'safe', or the complexity and attack shape. The fuzzer is seeded so that a
 * verdict is the same on every run (an unseeded fuzzer passed and failed the same regex on different runs),
 * and its wall-clock limits (attack and incubation timeouts) are off so that it judges by step counts alone:
 * on a loaded machine they reported safe regexes as polynomial.
 */
export async function redosVerdict(source: string, flags: string): Promise<string> {
  const result = await check(source, flags.replace(/[gyd]/g, ''), {
    timeout: 60_000,
    randomSeed: 20261123,
    attackTimeout: null,
    incubationTimeout: null,
  });
  return result.status === 'vulnerable' ? `${result.complexity.summary}; attack ${result.attack.pattern}` : result.status;
}
