/**
 * The launcher keeps a V8 code cache and the compiled keyword table beside the bundle to start fast. Those
 * files are only ever a speed-up: missing, stale, corrupt or unwritable, the CLI must give the same answer.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers/cli.js';
import { githubPat } from '../helpers/tokens.js';

/** A private copy of the built CLI, so that this test's cache files never touch the one other tests use. */
function cliCopy(): { launcher: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'nhilint-startup-'));
  cpSync(join(REPO, 'cli/bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(REPO, 'cli/dist'), join(dir, 'dist'), { recursive: true, filter: (src) => !src.includes('.cache') });
  return { launcher: join(dir, 'bin/nhilint.js'), cache: join(dir, 'dist/.cache') };
}

const input = () => `const a = 1;\nconst token = "${githubPat('startup')}";\n`;
const scan = (launcher: string, text: string) => {
  const r = spawnSync(process.execPath, [launcher, 'scan', '--stdin', '--stdin-filename', 'app.ts', '--format', 'json'], { input: text, encoding: 'utf8' });
  return { code: r.status, findings: JSON.parse(r.stdout).findings.map((f: { ruleId: string; line: number; column: number }) => `${f.ruleId}@${f.line}:${f.column}`) };
};

describe('start-up caches', () => {
  it('are written on the first run and give the same findings on the next', () => {
    const { launcher, cache } = cliCopy();
    const text = input();
    const first = scan(launcher, text);
    expect(first).toEqual({ code: 1, findings: ['github-token@2:16'] });
    const files = readdirSync(cache).sort();
    expect(files.some((f) => f.startsWith('keywords-') && f.endsWith('.bin'))).toBe(true);
    expect(files.some((f) => f.endsWith('.v8'))).toBe(true);
    expect(scan(launcher, text)).toEqual(first);
  });

  it('are written by short runs only: a whole-tree scan leaves the code cache to the commit hook and --stdin', () => {
    const { launcher, cache } = cliCopy();
    const tree = spawnSync(process.execPath, [launcher, 'scan', join(REPO, 'samples'), '--threads', '1', '--format', 'json'], { encoding: 'utf8' });
    expect(tree.status).toBe(1);
    const codeCaches = () => (existsSync(cache) ? readdirSync(cache).filter((f) => f.endsWith('.v8')) : []);
    expect(codeCaches()).toEqual([]);
    scan(launcher, input());
    expect(codeCaches()).toHaveLength(1);
  });

  it('that are corrupt are ignored and rewritten', () => {
    const { launcher, cache } = cliCopy();
    const text = input();
    const expected = scan(launcher, text);
    for (const f of readdirSync(cache)) writeFileSync(join(cache, f), Buffer.from('not a cache at all, just junk bytes.'));
    expect(scan(launcher, text)).toEqual(expected);
    for (const f of readdirSync(cache)) expect(readFileSync(join(cache, f)).length).toBeGreaterThan(1000);
    expect(scan(launcher, text)).toEqual(expected);
  });

  it.skipIf(process.getuid?.() === 0)('that cannot be written cost speed, not results (skipped as root: root writes anyway)', () => {
    const { launcher, cache } = cliCopy();
    const text = input();
    const expected = scan(launcher, text);
    chmodSync(cache, 0o500);
    for (const f of readdirSync(cache)) chmodSync(join(cache, f), 0o000);
    expect(scan(launcher, text)).toEqual(expected);
  });
});
