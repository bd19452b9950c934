/**
 * `.nhilint-baseline.json`: the findings a team has accepted for now. Keyed by fingerprint (rule + path + hash
 * of the value), with no line numbers, timestamps or commit ids, and sorted, so that rebases, line moves and
 * merges do not churn it. Written atomically (temp file + rename).
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeAtomic } from './atomic-write.js';
import { UsageError } from './config.js';

export const BASELINE_FILE = '.nhilint-baseline.json';

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  path: string;
}

export function baselineJson(findings: readonly BaselineEntry[]): string {
  const entries: BaselineEntry[] = [...new Map(findings.map((f) => [f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path }])).values()];
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
  return JSON.stringify({ version: 1, tool: 'nhilint', findings: entries }, null, 2) + '\n';
}

export function readBaseline(path: string): Set<string> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read baseline ${path}: ${(e as Error).message}`);
  }
  const findings = (data as { findings?: unknown })?.findings;
  if (!Array.isArray(findings)) throw new UsageError(`baseline ${path} has no "findings" list`);
  return new Set(findings.map((f) => String((f as BaselineEntry).fingerprint)));
}

/**
 * Adds entries to a baseline, keeping those already there (the editor's "add to baseline" action). A missing
 * file starts empty; an unreadable one is an error rather than being overwritten.
 */
export function addToBaseline(path: string, entries: readonly BaselineEntry[]): void {
  let existing: BaselineEntry[] = [];
  if (existsSync(path)) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new UsageError(`cannot read baseline ${path}: ${(e as Error).message}`);
    }
    const found = (data as { findings?: unknown })?.findings;
    if (!Array.isArray(found)) throw new UsageError(`baseline ${path} has no "findings" list`);
    existing = found as BaselineEntry[];
  }
  writeAtomic(path, baselineJson([...existing, ...entries]));
}
