/**
 * The JSON report: one stable, documented object (README "JSON output"). `version` changes only when a field
 * is removed or changes meaning; new fields may appear.
 */
import { TOOL_NAME, TOOL_VERSION, type ScanReport } from '../report.js';

export const JSON_REPORT_VERSION = 1;

export function formatJson(report: ScanReport): string {
  const { findings, suppressed, skipped, notices, dropped, stats } = report;
  return (
    JSON.stringify(
      {
        version: JSON_REPORT_VERSION,
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        findings: findings.map(({ literal: _literal, valueHash: _valueHash, ...f }) => f),
        suppressed,
        skipped,
        notices,
        ...(dropped.length ? { dropped } : {}),
        stats: { ...stats, findings: findings.length, suppressed: suppressed.length, skipped: skipped.length },
      },
      null,
      2,
    ) + '\n'
  );
}
