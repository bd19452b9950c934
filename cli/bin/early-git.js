// `scan --staged` (the commit hook) needs two git processes: one lists what is staged, one reads the blobs.
// The launcher starts them before it reads and compiles the bundle, so git works on another core while Node
// does; the bundle takes them over (cli/src/sources/staged.ts) and starts its own when they are absent or
// failed, so an early start can only save time, never change a result.
// CommonJS and dependency-free: the launcher loads it before anything else, and the bundle includes it.
'use strict';
const { spawn } = require('node:child_process');

/**
 * Files added, copied, modified or renamed in the index compared with HEAD (or with the empty tree when there
 * is no commit yet: `git diff --cached` does that by itself). Full ids for cat-file, no external diff drivers,
 * no rename pairing, paths relative to the top level whatever the user's `diff.relative` says.
 */
const STAGED_DIFF_ARGS = ['-c', 'diff.relative=false', 'diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-ext-diff', '--ignore-submodules=none', '--diff-filter=ACMRT'];
const BLOB_READER_ARGS = ['cat-file', '--batch'];
const KEY = Symbol.for('nhilint.early-git');

/**
 * Starts git; `result` resolves with its exit status and output and never rejects (`error` is set when git
 * could not be started). Output is collected from the start, so nothing is lost however late it is awaited.
 */
function runGit(cwd, args, stdio = ['ignore', 'pipe', 'pipe']) {
  const child = spawn('git', args, { cwd, stdio });
  const out = [];
  let stderr = '';
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => (stderr += d.toString('utf8')));
  const result = new Promise((resolve) => {
    child.on('error', (error) => resolve({ status: -1, stdout: Buffer.alloc(0), stderr: '', error }));
    child.on('close', (code) => resolve({ status: code ?? 1, stdout: Buffer.concat(out), stderr }));
  });
  return { child, result };
}

/**
 * Starts `git cat-file --batch`; the caller writes object ids to stdin and reads stdout. `exited` is listened
 * for from the start, so that an early process that has already failed is still seen as failed.
 */
function startBlobReader(cwd) {
  const child = spawn('git', BLOB_READER_ARGS, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.on('error', () => undefined); // git gone: reported through `exited`
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d.toString('utf8')));
  const exited = new Promise((resolve) => {
    child.on('error', (error) => resolve({ status: -1, stderr, error }));
    child.on('close', (code) => resolve({ status: code ?? 1, stderr }));
  });
  return { child, exited };
}

/** Called by the launcher for `scan --staged`. Unreferenced, so an early start never keeps Node alive. */
function startEarlyGit() {
  try {
    const cwd = process.cwd();
    const listing = runGit(cwd, STAGED_DIFF_ARGS);
    const blobReader = startBlobReader(cwd);
    for (const child of [listing.child, blobReader.child]) setReferenced(child, false);
    globalThis[KEY] = { cwd, listing, blobReader };
  } catch {
    // The bundle starts its own and reports what went wrong.
  }
}

function setReferenced(child, on) {
  if (on) child.ref();
  else child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) if (s) on ? s.ref() : s.unref();
}

/** The early processes if they were started in `cwd`; taken once, and referenced again for the taker. */
function takeEarlyGit(cwd) {
  const early = globalThis[KEY];
  if (!early || early.cwd !== cwd) return undefined;
  delete globalThis[KEY];
  setReferenced(early.listing.child, true);
  setReferenced(early.blobReader.child, true);
  return { listed: early.listing.result, blobReader: early.blobReader };
}

module.exports = { STAGED_DIFF_ARGS, runGit, startBlobReader, startEarlyGit, takeEarlyGit };
