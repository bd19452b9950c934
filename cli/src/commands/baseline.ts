import { resolve, join } from 'node:path';
import { writeAtomic } from '../atomic-write.js';
import { BASELINE_FILE, baselineJson } from '../baseline.js';
import { collectReport, parseScanArgs } from './scan.js';

/** `nhilint baseline [paths]`: records today's findings so that `scan --baseline` reports only new ones. */
export async function baselineCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseScanArgs(argv);
  const { report } = await collectReport(values, positionals);
  const target = values.output ? resolve(values.output) : join(report.root, BASELINE_FILE);
  writeAtomic(target, baselineJson(report.findings));
  process.stderr.write(`nhilint: wrote ${report.findings.length} finding(s) to ${target}\n`);
  return 0;
}
