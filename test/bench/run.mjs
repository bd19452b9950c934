// `npm run bench`: throughput and peak memory of nhilint on a generated ~100 MB mixed tree, and of secretlint
// (recommended preset) on the same tree in the same run, with their ratio. Speed lives here, never in a
// unit test. Options: --mb N (tree size), --skip-secretlint, --json, --only tree|grants|hook|stress|files|editor (repeatable).
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const mb = Number(opt('--mb', 100));
const dir = join(root, '.bench', `tree-${mb}mb`);
const only = args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : []));
const want = (section) => only.length === 0 || only.includes(section);
const cli = join(root, 'cli/bin/nhilint.js');

/** Runs a command, sampling its peak resident memory (VmHWM, whole process incl. worker threads). */
function measure(cmd, argv, cwd) {
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let peakKb = 0, stderr = '';
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch { /* exited */ }
    }, 20);
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('exit', (code) => { clearInterval(poll); done({ seconds: (performance.now() - t0) / 1000, peakMb: peakKb / 1024, code, stderr: stderr.slice(0, 500) }); });
  });
}

if (want('tree')) {
  console.log(`generating ${mb} MB tree in ${dir} …`);
  generate(dir, mb * 1024 * 1024);
  const { execSync } = await import('node:child_process');
  const bytes = Number(execSync(`du -sb --exclude=.generated ${dir}`).toString().split(/\s/)[0]);
  const files = Number(execSync(`find ${dir} -type f | wc -l`).toString().trim());
  const MB = bytes / 1048576;

  const rows = [];
  const report = (name, r) => {
    const row = { tool: name, seconds: +r.seconds.toFixed(2), mbPerSec: +(MB / r.seconds).toFixed(1), filesPerSec: Math.round(files / r.seconds), peakMb: +r.peakMb.toFixed(0), exit: r.code };
    rows.push(row);
    console.log(`${name.padEnd(22)} ${row.seconds.toFixed(2).padStart(7)} s  ${String(row.mbPerSec).padStart(7)} MB/s  ${String(row.filesPerSec).padStart(7)} files/s  peak ${String(row.peakMb).padStart(5)} MB  exit ${r.code}`);
    if (r.code !== 0 && r.code !== 1) console.log(`  stderr: ${r.stderr}`);
  };

  console.log(`tree: ${files} files, ${MB.toFixed(1)} MB`);
  report('nhilint', await measure(process.execPath, [cli, 'scan', dir, '--format', 'json', '--output', '/dev/null'], root));
  report('nhilint --threads 1', await measure(process.execPath, [cli, 'scan', dir, '--format', 'json', '--output', '/dev/null', '--threads', '1'], root));

  if (!args.includes('--skip-secretlint')) {
    const secretlint = join(root, 'node_modules/secretlint/bin/secretlint.js');
    if (existsSync(secretlint)) {
      report('secretlint (recommend)', await measure(process.execPath, [secretlint, '**/*', '--format', 'json', '--output', '/dev/null'], dir));
      const ratio = rows[2].seconds / rows[0].seconds;
      console.log(`nhilint is ${ratio.toFixed(1)}x faster than secretlint on the same tree (target: at least 10x; and at least 50 MB/s: ${rows[0].mbPerSec >= 50 ? 'met' : 'NOT met'})`);
    } else console.log('secretlint not installed (npm ci installs it as a dev dependency)');
  }
  if (args.includes('--json')) console.log(JSON.stringify({ files, mb: +MB.toFixed(1), rows }));
}

// Grant rules: a ~5 MB Terraform tree and one ~5 MB multi-document Kubernetes YAML file, generated here.
if (want('grants')) {
  const { generateTerraform, generateKubernetes } = await import('./iac.mjs');
  const { mkdirSync: mk } = await import('node:fs');
  const iacDir = join(root, '.bench', 'iac');
  mk(iacDir, { recursive: true });
  const tf = generateTerraform(join(iacDir, 'terraform'), 5 * 1048576);
  const k8s = generateKubernetes(join(iacDir, 'manifests.yaml'), 5 * 1048576);
  for (const [name, target, info] of [['terraform tree', join(iacDir, 'terraform'), tf], ['kubernetes yaml', join(iacDir, 'manifests.yaml'), k8s]]) {
    const r = await measure(process.execPath, [cli, 'scan', target, '--format', 'json', '--output', '/dev/null', '--threads', '1', '--max-file-size', String(16 * 1048576)], root);
    const mbs = info.bytes / 1048576;
    console.log(`grants, ${name}: ${info.files} files, ${mbs.toFixed(1)} MB in ${r.seconds.toFixed(2)} s = ${(mbs / r.seconds).toFixed(1)} MB/s, peak ${r.peakMb.toFixed(0)} MB, exit ${r.code}`);
  }
}

// Commit-time cost: `scan --staged` on 5 staged files of ~200 lines and on 500 files, median wall time over
// repeated runs (process start included), next to `node -e 0` measured in the same run.
if (want('hook')) {
  const { mkdtempSync, writeFileSync: write, mkdirSync: mkdir } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { spawnSync } = await import('node:child_process');
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const once = (argv, cwd) => { const t = performance.now(); spawnSync(process.execPath, argv, { cwd, stdio: 'ignore' }); return performance.now() - t; };
  // `node -e 0` and the command alternate, so that both medians see the same machine load.
  const versusNode = (argv, cwd, runs = 21) => {
    const base = [], cmd = [];
    for (let i = 0; i < runs; i++) { base.push(once(['-e', '0'], root)); cmd.push(once(argv, cwd)); }
    return { node: median(base), cmd: median(cmd) };
  };
  // A repository with history (the usual commit: files changed since HEAD) and, separately, a first commit.
  const stagedRepo = (files, { history = true } = {}) => {
    const d = mkdtempSync(join(tmpdir(), 'nhilint-bench-hook-'));
    const git = (...args) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd: d });
    git('init', '-q');
    const writeAll = (variant) => {
      for (let i = 0; i < files; i++) {
        mkdir(join(d, `src/m${i % 20}`), { recursive: true });
        write(join(d, `src/m${i % 20}/f${i}.py`), Array.from({ length: 100 }, (_, n) => `def f${n}(x):\n    return x * ${n + variant}  # line ${n}`).join('\n') + '\n');
      }
    };
    if (history) {
      writeAll(0);
      git('add', '.');
      git('commit', '-q', '-m', 'base');
    }
    writeAll(1);
    git('add', '.');
    return d;
  };
  const small = stagedRepo(5);
  // The first run after a build compiles the bundle and writes the start-up caches (once per install).
  const { rmSync } = await import('node:fs');
  rmSync(join(root, 'cli/dist/.cache'), { recursive: true, force: true });
  const cold = once([cli, 'scan', '--staged'], small);
  const five = versusNode([cli, 'scan', '--staged'], small);
  const first = versusNode([cli, 'scan', '--staged'], stagedRepo(5, { history: false }), 11);
  const many = versusNode([cli, 'scan', '--staged'], stagedRepo(500), 5);
  console.log(`commit hook, 5 staged files x 200 lines: ${five.cmd.toFixed(0)} ms vs node -e 0 ${five.node.toFixed(0)} ms = +${(five.cmd - five.node).toFixed(0)} ms (target +60); first commit of a repository +${(first.cmd - first.node).toFixed(0)} ms; first run after install (writes caches) ${cold.toFixed(0)} ms`);
  console.log(`commit hook, 500 staged files: ${many.cmd.toFixed(0)} ms (target < 1000)`);
}

// Stress: the same ~20 MB tree with and without pathological files mixed in (one 5 MB line, a million short
// lines, 100,000 `a`s after a keyword, a file dense with keywords, JSON nested 100,000 deep, a YAML alias bomb,
// a Helm template with broken documents). Target: at most 2x the time of the tree without them.
if (want('stress')) {
  const { cpSync, mkdirSync: mk, rmSync: rm, writeFileSync: put } = await import('node:fs');
  const base = join(root, '.bench', 'stress-base');
  const withBad = join(root, '.bench', 'stress-pathological');
  generate(base, 20 * 1048576);
  rm(withBad, { recursive: true, force: true });
  cpSync(base, withBad, { recursive: true });
  const bad = join(withBad, 'pathological');
  mk(bad, { recursive: true });
  put(join(bad, 'one-line.min.js'), `var a="${'x'.repeat(5_000_000)}";`);
  put(join(bad, 'million-lines.txt'), 'a\n'.repeat(1_000_000));
  put(join(bad, 'aaa.env'), `password=${'a'.repeat(100_000)}\n`);
  put(join(bad, 'keywords.txt'), Array.from({ length: 40_000 }, (_, i) => `password=secret token=api_key ghp_ AKIA ${i}`).join('\n'));
  put(join(bad, 'deep.json'), '['.repeat(100_000) + ']'.repeat(100_000));
  put(join(bad, 'bomb.yaml'), ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`), 'kind: Secret', 'data:', '  x: aGVsbG8='].join('\n'));
  put(join(bad, 'chart.yaml'), Array.from({ length: 2000 }, (_, i) => (i % 3 === 0 ? 'kind: Role\nrules: [{{ broken' : `kind: ClusterRole\nrules:\n- apiGroups: ["*"]\n  resources: ["pods"]\n  verbs: ["get"]`)).join('\n---\n'));
  const args = (d) => [cli, 'scan', d, '--format', 'json', '--output', '/dev/null', '--max-file-size', String(16 * 1048576)];
  const plain = await measure(process.execPath, args(base), root);
  const stressed = await measure(process.execPath, args(withBad), root);
  console.log(`stress: tree ${plain.seconds.toFixed(2)} s, with pathological files ${stressed.seconds.toFixed(2)} s = ${(stressed.seconds / plain.seconds).toFixed(2)}x (target at most 2x); peak ${plain.peakMb.toFixed(0)} / ${stressed.peakMb.toFixed(0)} MB`);
}

// Many files: peak memory on trees of 20,000 and 200,000 small files (the file list is streamed, so it must stay
// flat as the tree grows tenfold).
if (want('files')) {
  const { mkdirSync: mk, writeFileSync: put, existsSync: there } = await import('node:fs');
  const tree = (n) => {
    const d = join(root, '.bench', `files-${n}`);
    if (!there(join(d, '.done'))) {
      for (let i = 0; i < n; i++) {
        const sub = join(d, `d${i % 500}`, `e${Math.floor(i / 500) % 40}`);
        if (i < 20_000) mk(sub, { recursive: true });
        put(join(sub, `f${i}.py`), `def f${i}(x):\n    return x + ${i}\n`);
      }
      put(join(d, '.done'), '');
    }
    return d;
  };
  for (const n of [20_000, 200_000]) {
    const r = await measure(process.execPath, [cli, 'scan', tree(n), '--format', 'json', '--output', '/dev/null'], root);
    console.log(`files: ${n} files in ${r.seconds.toFixed(1)} s = ${Math.round(n / r.seconds)} files/s, peak ${r.peakMb.toFixed(0)} MB, exit ${r.code}`);
  }
}

// The editor's typing path on a 10,000-line file (its own file: it drives the extension's scan worker).
if (want('editor')) await import('./editor.mjs');
