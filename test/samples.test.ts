/**
 * samples/ is documentation that must stay true: `samples/expected.json` names, for every sample file, the rule
 * ids nhilint reports there (sorted, one entry per finding); files listed with [] must stay clean.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, runCli } from './helpers/cli.js';

const expected = JSON.parse(readFileSync(join(REPO, 'samples/expected.json'), 'utf8')) as Record<string, string[]>;
const report = JSON.parse(runCli(['scan', 'samples', '--format', 'json']).stdout) as {
  findings: { path: string; ruleId: string; category: string }[];
  stats: { files: number };
};

describe('samples', () => {
  it('every scanned sample file is listed in expected.json', () => {
    const scanned = new Set(report.findings.map((f) => f.path.replace(/^samples\//, '')));
    for (const path of scanned) expect(Object.keys(expected), path).toContain(path);
  });

  it.each(Object.entries(expected))('%s', (path, ruleIds) => {
    const got = report.findings.filter((f) => f.path === `samples/${path}`).map((f) => f.ruleId).sort();
    expect(got).toEqual([...ruleIds].sort());
  });

  it('show every category the rules cover', () => {
    const categories = new Set(report.findings.map((f) => f.category));
    expect(categories).toContain('secret');
    expect(categories).toContain('long-lived-token');
    expect(categories).toContain('wildcard-grant');
  });
});
