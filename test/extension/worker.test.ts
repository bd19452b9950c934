/**
 * The bundled scan worker (what extension/dist/worker.js holds) as the extension host uses it: real files, the CLI's config,
 * ignore and baseline handling, `.env` appends, and the workspace walk with cancellation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { apiKey, githubPat } from '../helpers/tokens.js';
import { REPO, tree } from '../helpers/cli.js';
import type { Response } from '../../extension/src/protocol.js';

const PAT = githubPat('worker');
const OTHER = githubPat('worker-other');
let worker: Worker;
let nextId = 1;
const progress: Response[] = [];

function ask<T extends Response['type']>(msg: Record<string, unknown>): Promise<Extract<Response, { type: T }>> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const on = (r: Response) => {
      if (r.id !== id) return;
      if (r.type === 'progress') return void progress.push(r);
      worker.off('message', on);
      if (r.type === 'error') reject(new Error(r.message));
      else resolve(r as Extract<Response, { type: T }>);
    };
    worker.on('message', on);
    worker.postMessage({ ...msg, id });
  });
}

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'nhilint-ext-build-'));
  execFileSync(process.execPath, [join(REPO, 'extension/scripts/build.mjs'), '--outdir', out], { stdio: 'pipe' });
  worker = new Worker(join(out, 'worker.js'));
}, 60_000);
afterAll(() => worker?.terminate());

const configure = (root: string, trusted = true) =>
  ask<'configured'>({ type: 'configure', settings: { folders: [{ root }], trusted, baselineFile: '.nhilint-baseline.json', maxFileSize: 1 << 20 } });

describe('scan worker', () => {
  it('applies the repository config when trusted, and keeps rules on when not', async () => {
    const root = tree({ '.nhilint.yaml': 'rules:\n  github-token: off\n', 'a.py': '' });
    const text = `t = "${PAT}"\n`;
    const trusted = await configure(root, true);
    expect(trusted.errors).toEqual([]);
    expect(trusted.rules.length).toBeGreaterThan(100);
    expect((await ask<'scanned'>({ type: 'scanText', root, path: 'a.py', text })).findings).toEqual([]);
    const untrusted = await configure(root, false);
    expect(untrusted.notes.join('\n')).toContain('github-token');
    const r = await ask<'scanned'>({ type: 'scanText', root, path: 'a.py', text });
    expect(r.findings.map((f) => f.ruleId)).toEqual(['github-token']);
  });

  it('reports a broken config and falls back to the defaults', async () => {
    const root = tree({ '.nhilint.yaml': 'rules:\n  no-such-rule: off\n' });
    const c = await configure(root);
    expect(c.errors.join('\n')).toMatch(/no-such-rule/);
    const r = await ask<'scanned'>({ type: 'scanText', root, path: 'a.py', text: `t = "${PAT}"\n` });
    expect(r.findings).toHaveLength(1);
  });

  it("checks a repository's custom regexes with the bundled checker: a safe one runs, a catastrophic one is refused", async () => {
    const rule = (id: string, regex: string) => [`  - id: ${id}`, `    title: ${id}`, `    regex: "${regex}"`, '    keywords: ["acme_"]'].join('\n');
    const safe = tree({ '.nhilint.yaml': `custom-rules:\n${rule('acme-token', 'acme_([a-z0-9]{24})')}\n` });
    expect((await configure(safe)).errors).toEqual([]);
    const found = await ask<'scanned'>({ type: 'scanText', root: safe, path: 'a.py', text: `k = "acme_${apiKey('acme').toLowerCase().slice(0, 24)}"\n` });
    expect(found.findings.map((f) => f.ruleId)).toEqual(['acme-token']);
    const slow = tree({ '.nhilint.yaml': `custom-rules:\n${rule('acme-slow', 'acme_(a+)+$')}\n` });
    expect((await configure(slow, false)).errors.join('\n')).toMatch(/acme-slow: regex rejected: it is vulnerable to catastrophic backtracking/);
  });

  it('skips ignored paths like the CLI walk, and too large buffers with a notice', async () => {
    const root = tree({ '.gitignore': 'secrets/\n', '.nhilintignore': 'fixtures/\n' });
    await configure(root);
    for (const path of ['secrets/a.py', 'fixtures/b.py']) {
      const r = await ask<'scanned'>({ type: 'scanText', root, path, text: `t = "${PAT}"\n` });
      expect(r.ignored, path).toBe(true);
      expect(r.findings).toEqual([]);
    }
    // An untitled buffer's made-up name is not a path in the folder: its ignore files do not apply.
    const untitled = await ask<'scanned'>({ type: 'scanText', root, path: 'secrets/a.py', text: `t = "${PAT}"\n`, untitled: true });
    expect(untitled.findings).toHaveLength(1);
    const big = await ask<'scanned'>({ type: 'scanText', root, path: 'big.py', text: `t = "${PAT}"\n`.padEnd((1 << 20) + 10, '#') });
    expect(big.notices[0]!.reason).toMatch(/larger than nhilint.maxFileSize/);
  });

  it('appends to .env without rewriting it, refuses a different value, and git-ignores it once', async () => {
    const root = tree({ '.env': '# mine\nEXISTING=1', '.gitignore': 'node_modules/' });
    await configure(root);
    const w1 = await ask<'envWritten'>({ type: 'writeEnv', root, envFile: '.env', key: 'GH_TOKEN', value: PAT });
    expect(w1).toMatchObject({ result: 'appended', gitignored: true });
    expect(readFileSync(join(root, '.env'), 'utf8')).toBe(`# mine\nEXISTING=1\nGH_TOKEN=${PAT}\n`);
    expect(readFileSync(join(root, '.gitignore'), 'utf8')).toBe('node_modules/\n.env\n');
    const again = await ask<'envWritten'>({ type: 'writeEnv', root, envFile: '.env', key: 'GH_TOKEN', value: PAT });
    expect(again).toMatchObject({ result: 'present', gitignored: false });
    const clash = await ask<'envWritten'>({ type: 'writeEnv', root, envFile: '.env', key: 'GH_TOKEN', value: OTHER });
    expect(clash.result).toBe('conflict');
    expect(readFileSync(join(root, '.env'), 'utf8')).toBe(`# mine\nEXISTING=1\nGH_TOKEN=${PAT}\n`);
    // A new folder: both files are created.
    const fresh = tree({ 'x.txt': '' });
    await configure(fresh);
    await ask<'envWritten'>({ type: 'writeEnv', root: fresh, envFile: '.env', key: 'A', value: 'b c' });
    expect(readFileSync(join(fresh, '.env'), 'utf8')).toBe("A='b c'\n");
    expect(readFileSync(join(fresh, '.gitignore'), 'utf8')).toBe('.env\n');
  });

  it('adds to the baseline in the CLI format, keeping existing entries, and filters at once', async () => {
    const root = tree({ '.nhilint-baseline.json': JSON.stringify({ version: 1, tool: 'nhilint', findings: [{ fingerprint: 'keep-me', ruleId: 'x', path: 'y' }] }) });
    await configure(root);
    const text = `t = "${PAT}"\n`;
    const [f] = (await ask<'scanned'>({ type: 'scanText', root, path: 'a.py', text })).findings;
    await ask<'baselineAdded'>({ type: 'addBaseline', root, entries: [{ fingerprint: f!.fingerprint, ruleId: f!.ruleId, path: f!.path }] });
    const saved = JSON.parse(readFileSync(join(root, '.nhilint-baseline.json'), 'utf8'));
    expect(saved.findings.map((e: { fingerprint: string }) => e.fingerprint).sort()).toEqual([f!.fingerprint, 'keep-me'].sort());
    const after = await ask<'scanned'>({ type: 'scanText', root, path: 'a.py', text });
    expect(after.findings).toEqual([]);
    expect(after.baselined).toBe(1);
    // The CLI reads what the editor wrote.
    const cli = execFileSync(process.execPath, [join(REPO, 'cli/bin/nhilint.js'), 'scan', '--baseline', '.nhilint-baseline.json', '--stdin', '--stdin-filename', 'a.py'], {
      cwd: root,
      input: text,
      encoding: 'utf8',
    });
    expect(cli).not.toContain('github-token');
  });

  it('scans a workspace with the CLI walk (ignores honoured) and can be cancelled', async () => {
    const files: Record<string, string> = { '.gitignore': 'build/\n', 'build/out.js': `x = "${PAT}"\n`, 'src/keep.py': `t = "${PAT}"\n` };
    for (let i = 0; i < 300; i++) files[`gen/f${i}.txt`] = 'nothing to see\n'.repeat(50);
    const root = tree(files);
    await configure(root);
    progress.length = 0;
    const done = await ask<'workspaceDone'>({ type: 'scanWorkspace', root });
    expect(done.cancelled).toBe(false);
    expect(done.scanned).toBe(302); // .gitignore, src/keep.py and gen/*; build/ is ignored
    const found = progress.flatMap((p) => (p.type === 'progress' ? p.files : []));
    expect(found.map((f) => f.path)).toEqual(['src/keep.py']);
    expect(found[0]!.abs).toBe(join(root, 'src/keep.py'));
    // Cancelled right away: it stops early and says so.
    const id = nextId;
    const pending = ask<'workspaceDone'>({ type: 'scanWorkspace', root });
    worker.postMessage({ type: 'cancel', id });
    const c = await pending;
    expect(c.cancelled).toBe(true);
    expect(c.scanned).toBeLessThan(302);
    expect(existsSync(join(root, '.env'))).toBe(false);
  });
});
