import { parseArgs } from 'node:util';
import { builtinRules, crossFileRules, defaultCwe, defaultOwasp, docsUrlOf } from '@nhilint/rules';
import { UsageError } from '../config.js';

/** `nhilint rules`: every rule with category, severity, lifetime, OWASP NHI and CWE mapping. */
export function rulesCommand(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { format: { type: 'string', short: 'f', default: 'text' } } });
  // Cross-file rules (credential reuse) are judged by the CLI after the scan, but configured and listed alike.
  const rows = [...builtinRules, ...crossFileRules].map((r) => ({
    id: r.id,
    title: r.title,
    category: r.category,
    severity: r.severity,
    lifetime: r.lifetime,
    ...(r.lifetimeDetail ? { lifetimeDetail: r.lifetimeDetail } : {}),
    ...(r.replacement ? { replacement: r.replacement } : {}),
    owaspNhi: defaultOwasp(r),
    cwe: defaultCwe(r),
    docs: docsUrlOf(r),
  }));
  if (values.format === 'json') {
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  if (values.format !== 'text') throw new UsageError('rules --format takes text or json');
  const w = Math.max(...rows.map((r) => r.id.length));
  process.stdout.write(`${'rule'.padEnd(w)}  ${'category'.padEnd(16)}  ${'severity'.padEnd(8)}  ${'lifetime'.padEnd(8)}  ${'OWASP NHI'.padEnd(10)}  CWE\n`);
  for (const r of rows) {
    process.stdout.write(`${r.id.padEnd(w)}  ${r.category.padEnd(16)}  ${r.severity.padEnd(8)}  ${r.lifetime.padEnd(8)}  ${r.owaspNhi.join(',').padEnd(10)}  ${r.cwe.join(',')}\n`);
  }
  process.stdout.write(`${rows.length} rules\n`);
  return 0;
}
