/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding, shown on the
 * pull request's diff. Values are escaped as the runner requires (`%`, CR, LF; and `:` `,` in properties).
 */
import type { Severity } from '@nhilint/rules';
import type { ScanReport } from '../report.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(report: ScanReport): string {
  const lines = report.findings.map((f) => {
    const props = [
      `file=${property(f.path)}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      `endColumn=${f.endColumn}`,
      `title=${property(`nhilint ${f.ruleId}`)}`,
    ].join(',');
    const redacted = f.redacted ? ` [${f.redacted}]` : '';
    return `::${COMMAND[f.severity]} ${props}::${data(`${f.message}${redacted}. ${f.remediation}`)}`;
  });
  for (const s of report.skipped) lines.push(`::notice file=${property(s.path)},title=nhilint skipped::${data(s.reason)}`);
  return lines.join('\n') + (lines.length ? '\n' : '');
}
