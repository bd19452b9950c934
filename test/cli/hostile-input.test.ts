/**
 * Inputs that must not hurt (issue 8): odd encodings, stray control bytes, file names with newlines and
 * quotes, FIFOs, pathological lines. Each is scanned or listed as skipped with a reason, and every output
 * format stays valid.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, runCli, tree } from '../helpers/cli.js';
import { githubPat } from '../helpers/tokens.js';

interface Report {
  findings: { path: string; line: number; column: number; ruleId: string }[];
  skipped: { path: string; reason: string }[];
  notices?: { path: string; kind: string; reason: string }[];
}
const json = (s: string) => JSON.parse(s) as Report;
const line = (salt: string) => `GITHUB_TOKEN = "${githubPat(salt)}"\n`;

describe('hostile input', () => {
  it('decodes UTF-16 with and without a BOM, and scans text with a stray NUL or invalid UTF-8', () => {
    const root = tree({
      'le-bom.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`# a\n${line('le')}`, 'utf16le')]),
      'be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`# a\n${line('be')}`, 'utf16le').swap16()]),
      'le-nobom.txt': Buffer.from(`# a\n${line('le2')}`, 'utf16le'),
      'nul.txt': Buffer.concat([Buffer.from(`# log\u0000line\n`), Buffer.from(line('nul'))]),
      'invalid.txt': Buffer.concat([Buffer.from([0xc3, 0x28, 0xff, 0x0a]), Buffer.from(line('inv'))]),
      'real.bin': Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 7) % 32)),
    });
    const r = json(runCli(['scan', root, '--format', 'json']).stdout);
    const at = Object.fromEntries(r.findings.map((f) => [f.path, `${f.line}:${f.column}`]));
    expect(at).toEqual({ 'le-bom.txt': '2:17', 'be-bom.txt': '2:17', 'le-nobom.txt': '2:17', 'nul.txt': '2:17', 'invalid.txt': '2:17' });
    expect(r.skipped).toEqual([{ path: 'real.bin', reason: expect.stringMatching(/binary/) }]);
  });

  it('keeps names with newlines, quotes and non-ASCII intact in text, JSON and SARIF', () => {
    const name = 'we"ird\nna\\me ünï.env';
    const root = tree({ [name]: line('name') });
    const j = json(runCli(['scan', root, '--format', 'json']).stdout);
    expect(j.findings.map((f) => f.path)).toEqual([name]);
    const sarif = JSON.parse(runCli(['scan', root, '--format', 'sarif']).stdout);
    const uri: string = sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(decodeURIComponent(uri)).toBe(name);
    expect(uri).not.toMatch(/[\n"\\ ]/);
    const text = runCli(['scan', root]).stdout;
    expect(text).toContain('we"ird');
    expect(text).not.toContain(githubPat('name'));
  });

  it('lists FIFOs and unfollowed links as skipped instead of hanging on them or hiding them', () => {
    const root = tree({ 'a.env': line('fifo') });
    execFileSync('mkfifo', [join(root, 'pipe')]);
    execFileSync('ln', ['-s', '/dev/zero', join(root, 'zero')]);
    const r = json(runCli(['scan', root, '--format', 'json']).stdout);
    expect(r.findings.map((f) => f.path)).toEqual(['a.env']);
    const skipped = Object.fromEntries(r.skipped.map((s) => [s.path, s.reason]));
    expect(skipped.pipe).toMatch(/not a regular file/);
    expect(skipped.zero).toMatch(/symbolic link/);
  });

  it('an ignored folder is neither reported nor an error, even when it cannot be read', () => {
    const root = tree({ '.gitignore': 'build/\n', 'build/out.env': line('ignored'), 'src/a.env': line('kept') });
    execFileSync('chmod', ['000', join(root, 'build')]);
    const r = json(runCli(['scan', root, '--format', 'json']).stdout);
    execFileSync('chmod', ['755', join(root, 'build')]);
    expect(r.findings.map((f) => f.path)).toEqual(['src/a.env']);
    expect(r.skipped).toEqual([]);
  });

  it('--follow-symlinks follows links inside the tree, enters a loop once and never leaves the tree', () => {
    const outside = tree({ 'secret.env': line('outside') });
    const root = tree({ 'real/a.env': line('real') });
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    symlinkSync(root, join(root, 'real/loop'));
    symlinkSync(outside, join(root, 'out'));
    const r = json(runCli(['scan', root, '--format', 'json', '--follow-symlinks']).stdout);
    const paths = r.findings.map((f) => f.path);
    // alias/ and real/ are one folder, and the loop leads back to the root: the file is reported once.
    expect(paths).toHaveLength(1);
    expect(['alias/a.env', 'real/a.env']).toContain(paths[0]);
    expect(paths.some((p) => p.includes('secret.env'))).toBe(false);
    expect(Object.fromEntries(r.skipped.map((s) => [s.path, s.reason])).out).toMatch(/out of the scanned tree/);
  });

  it('--output to a device or FIFO writes into it and leaves it a device (never renames a file over /dev/null)', async () => {
    const root = tree({ 'a.env': line('dev') });
    const fifo = join(root, 'report.pipe');
    execFileSync('mkfifo', [fifo]);
    const { createReadStream } = await import('node:fs');
    const { spawn } = await import('node:child_process');
    // Both sides run asynchronously: opening a FIFO blocks until the other end opens it too.
    const received = new Promise<string>((done) => {
      let text = '';
      createReadStream(fifo, 'utf8').on('data', (d) => (text += d)).on('end', () => done(text));
    });
    const exited = new Promise<number>((done) => {
      spawn(process.execPath, [CLI, 'scan', root, '--format', 'json', '--output', fifo], { stdio: 'ignore' }).on('close', (c) => done(c ?? -1));
    });
    expect(await exited).toBe(1);
    expect(json(await received).findings).toHaveLength(1);
    // Still a FIFO: the same path as a device such as /dev/null (not written here: a regression would replace the
    // machine's /dev/null).
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('--output replaces a symlink planted at the destination instead of writing through it', () => {
    const root = tree({ 'a.env': line('out'), 'victim.txt': 'keep me\n' });
    symlinkSync(join(root, 'victim.txt'), join(root, 'report.json'));
    runCli(['scan', root, '--format', 'json', '--output', join(root, 'report.json')]);
    expect(readFileSync(join(root, 'victim.txt'), 'utf8')).toBe('keep me\n');
    expect(lstatSync(join(root, 'report.json')).isSymbolicLink()).toBe(false);
    expect(json(readFileSync(join(root, 'report.json'), 'utf8')).findings).toHaveLength(1);
  });

  it('parsers: JSON nested 100,000 deep, a YAML alias bomb, HCL that does not parse and broken YAML documents between good ones', () => {
    const grant = 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: ops\nrules:\n- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["*"]\n';
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`)].join('\n');
    const root = tree({
      'deep.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      'bomb.yaml': `${bomb}\nkind: Secret\ndata:\n  token: aGVsbG8=\n`,
      'broken.tf': `resource "aws_iam_policy" "a" {\n  policy = jsonencode({ Statement = [ {\n}\n\nresource "aws_iam_policy" "b" {\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })\n}\n`,
      'stream.yaml': [grant, 'kind: Role\nrules:\n- verbs: ["*"\n  resources: [pods: : \n', grant.replace('ops', 'ops2')].join('---\n'),
      'a.env': line('parsers'),
    });
    const r = json(runCli(['scan', root, '--format', 'json']).stdout);
    const byFile = (p: string) => r.findings.filter((f) => f.path === p).map((f) => f.ruleId);
    expect(byFile('a.env')).toEqual(['github-token']);
    expect(byFile('stream.yaml')).toEqual(['k8s-rbac-wildcard', 'k8s-rbac-wildcard']);
    expect(byFile('broken.tf')).toEqual(['aws-iam-wildcard-action']);
    const notes = (r.notices ?? []).map((n) => `${n.path}: ${n.reason}`).join('\n');
    expect(notes).toMatch(/stream\.yaml: .*does not parse/);
    expect(notes).toMatch(/broken\.tf: HCL/);
  });

  it('baseline writes are atomic: six at once leave one whole, valid file and no temporary files', async () => {
    const root = tree(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.env`, line(`bl${i}`)])));
    const { spawn } = await import('node:child_process');
    const runs = Array.from({ length: 6 }, () => new Promise<number>((done) => {
      spawn(process.execPath, [CLI, 'baseline', root], { stdio: 'ignore' }).on('close', (code) => done(code ?? -1));
    }));
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0, 0, 0]);
    const written = JSON.parse(readFileSync(join(root, '.nhilint-baseline.json'), 'utf8'));
    expect(JSON.stringify(written)).toContain('github-token');
    expect(readdirSync(root).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('a file deleted between the walk and the read is skipped with the reason, and the scan goes on', async () => {
    const { builtinRules, Scanner } = await import('../../rules/src/index.js');
    const { scanFile } = await import('../../cli/src/scan/scan-file.js');
    const root = tree({ 'gone.env': line('gone') });
    const abs = join(root, 'gone.env');
    rmSync(abs);
    const outcome = scanFile(new Scanner(builtinRules), 'gone.env', abs, { maxFileSize: 1 << 20, explain: false });
    expect(outcome).toEqual({ kind: 'skipped', path: 'gone.env', reason: 'unreadable: ENOENT' });
  });

  it('finds a secret after pathological lines: 5 MB on one line, 100,000 `a`s after a keyword, 1,000,000 short lines', () => {
    const root = tree({
      'min.js': `var a="${'x'.repeat(5_000_000)}";${line('min')}`,
      'aaa.env': `password=${'a'.repeat(100_000)}\n${line('aaa')}`,
      'lines.txt': 'a\n'.repeat(1_000_000) + line('lines'),
    });
    const r = json(runCli(['scan', root, '--format', 'json', '--max-file-size', String(20 << 20)]).stdout);
    const at = Object.fromEntries(r.findings.filter((f) => f.ruleId === 'github-token').map((f) => [f.path, f.line]));
    expect(at).toEqual({ 'min.js': 1, 'aaa.env': 2, 'lines.txt': 1_000_001 });
  });
});
