/**
 * JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines): one test case per rule and
 * file, failing with one `<failure>` line per finding; a clean scan is one passing case.
 */
import type { Finding } from '@nhilint/rules';
import type { ScanReport } from '../report.js';

/** XML 1.0 text: escapes markup and drops characters XML cannot carry (control characters, lone surrogates). */
export function xmlText(s: string): string {
  return s
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function formatJunit(report: ScanReport): string {
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = `${f.path}\u0000${f.ruleId}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const cases: string[] = [];
  for (const [key, findings] of groups) {
    const [path, ruleId] = key.split('\u0000') as [string, string];
    const body = findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.severity} ${f.message}${f.redacted ? ` [${f.redacted}]` : ''}\nfix: ${f.remediation}`).join('\n\n');
    cases.push(
      `    <testcase classname="${xmlText(path)}" name="${xmlText(ruleId)}" file="${xmlText(path)}">\n` +
        `      <failure message="${xmlText(`${findings.length} finding(s): ${findings[0]!.title}`)}" type="${xmlText(findings[0]!.category)}">${xmlText(body)}</failure>\n` +
        '    </testcase>',
    );
  }
  if (cases.length === 0) cases.push('    <testcase classname="nhilint" name="no findings"/>');
  const time = (report.stats.durationMs / 1000).toFixed(3);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="nhilint" tests="${Math.max(1, groups.size)}" failures="${groups.size}" time="${time}">\n` +
    `  <testsuite name="nhilint" tests="${Math.max(1, groups.size)}" failures="${groups.size}" skipped="0" time="${time}">\n` +
    cases.join('\n') +
    '\n  </testsuite>\n</testsuites>\n'
  );
}
