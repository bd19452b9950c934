/**
 * `scan --git-history` on a generated repository of 2,000+ commits (built with git fast-import), with a secret
 * added, kept, removed, re-added elsewhere in time, and one only in a later range.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { githubPat } from '../helpers/tokens.js';

const COMMITS = 2100;
const SECRET = githubPat('hist');
const LATE = githubPat('late');

function buildRepo(): { dir: string; shaOf: (n: number) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'nhilint-history-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const out: string[] = [];
  const data = (s: string) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  for (let n = 1; n <= COMMITS; n++) {
    out.push('commit refs/heads/main', `mark :${n}`, `author Dev <dev@example.com> ${1_700_000_000 + n * 60} +0000`, `committer Dev <dev@example.com> ${1_700_000_000 + n * 60} +0000`, data(`change ${n}`).trimEnd());
    if (n > 1) out.push(`from :${n - 1}`);
    out.push(`M 644 inline src/file${n % 40}.py`, data(`VALUE_${n} = ${n}\n`).trimEnd());
    if (n === 500) out.push('M 644 inline config/app.env', data(`LOG_LEVEL=info\nGITHUB_TOKEN=${SECRET}\n`).trimEnd());
    if (n === 900) out.push('D config/app.env');
    if (n === 1200) out.push('M 644 inline config/app.env', data(`GITHUB_TOKEN=${SECRET}\n`).trimEnd());
    if (n === 1300) out.push('D config/app.env');
    if (n === 2000) out.push('M 644 inline deploy/late.env', data(`# added late\nDEPLOY_TOKEN=${LATE}\n`).trimEnd());
    out.push('');
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: out.join('\n') + '\n' });
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: dir });
  const shaOf = (n: number) => execFileSync('git', ['rev-list', '--reverse', 'main'], { cwd: dir, encoding: 'utf8' }).split('\n')[n - 1]!;
  return { dir, shaOf };
}

describe('scan --git-history', () => {
  const { dir, shaOf } = buildRepo();

  it('finds a secret that was added and later removed, once, at the commit that introduced it', () => {
    const r = runCli(['scan', '--git-history', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const fs = JSON.parse(r.stdout).findings as { path: string; line: number; ruleId: string; commit: string; authorDate: string }[];
    expect(fs.map((f) => [f.path, f.line, f.ruleId, f.commit])).toEqual([
      ['config/app.env', 2, 'github-token', shaOf(500)],
      ['deploy/late.env', 2, 'github-token', shaOf(2000)],
    ]);
    expect(new Date(fs[0]!.authorDate).getTime()).toBe((1_700_000_000 + 500 * 60) * 1000);
    expect(r.stdout).not.toContain(SECRET);
  });

  it('--since and --range narrow the commits scanned', () => {
    const since = JSON.parse(runCli(['scan', '--git-history', '--since', shaOf(1500), '--format', 'json'], { cwd: dir }).stdout).findings;
    expect(since.map((f: { path: string }) => f.path)).toEqual(['deploy/late.env']);
    const range = JSON.parse(runCli(['scan', '--git-history', '--range', `${shaOf(1000)}..${shaOf(1250)}`, '--format', 'json'], { cwd: dir }).stdout).findings;
    expect(range.map((f: { path: string; commit: string }) => [f.path, f.commit])).toEqual([['config/app.env', shaOf(1200)]]);
  });

  it('text output names the commit and date; a bad range is exit 2', () => {
    const r = runCli(['scan', '--git-history'], { cwd: dir });
    expect(r.stdout).toMatch(new RegExp(`config/app\\.env:2:\\d+ .*\\(commit ${shaOf(500).slice(0, 12)}, 2023-`));
    expect(runCli(['scan', '--git-history', '--range', 'nope..nada'], { cwd: dir }).code).toBe(2);
  });
});
