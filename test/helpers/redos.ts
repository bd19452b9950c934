import { check } from 'recheck';
import { RECHECK_PARAMS } from '../../cli/src/regex-safety.js';

/**
 * recheck's verdict on one regex: 'safe', or the complexity and attack shape. Same settings as the check the CLI
 * and the editor apply to a config's regexes (RECHECK_PARAMS), run asynchronously so the test runner stays
 * responsive; the built-in rules get a longer overall timeout than a config's regexes at run time.
 */
export async function redosVerdict(source: string, flags: string): Promise<string> {
  const result = await check(source, flags.replace(/[gyd]/g, ''), { ...RECHECK_PARAMS, timeout: 60_000 });
  return result.status === 'vulnerable' ? `${result.complexity.summary}; attack ${result.attack.pattern}` : result.status;
}
