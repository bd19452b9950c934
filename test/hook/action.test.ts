/**
 * The GitHub Action's scan step, run as the runner would run it (bash, with the runner's environment files),
 * on a copy of samples/: it writes SARIF, annotations, a Markdown job summary and the findings output.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CLI, REPO } from '../helpers/cli.js';

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { runs: { using: string; steps: { id?: string; run?: string }[] } };

describe('action.yml', () => {
  it('is a composite action whose scan step writes SARIF, annotations, a summary and the findings count', () => {
    expect(action.runs.using).toBe('composite');
    const step = action.runs.steps.find((s) => s.id === 'scan')!;
    const dir = mkdtempSync(join(tmpdir(), 'nhilint-action-'));
    cpSync(join(REPO, 'samples'), join(dir, 'samples'), { recursive: true });
    writeFileSync(join(dir, 'scan.sh'), step.run!);
    const annotations = execFileSync('bash', ['scan.sh'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NHILINT: CLI, SCAN_PATH: 'samples', DIFF_BASE: '', SARIF_FILE: 'out.sarif', GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), GITHUB_OUTPUT: join(dir, 'output.txt') },
    });
    const expected = Object.values(JSON.parse(readFileSync(join(REPO, 'samples/expected.json'), 'utf8')) as string[][]).flat().length;
    expect(annotations.trim().split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning'))).toHaveLength(expected);
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results).toHaveLength(expected);
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatch(new RegExp(`^### nhilint: ${expected} finding\\(s\\)`));
    expect(readFileSync(join(dir, 'output.txt'), 'utf8')).toBe(`findings=${expected}\n`);
  });
});
