#!/usr/bin/env node
// Thin launcher for the bundle built by `npm run build` (run by `npm install` via `prepare`).
//
// A pre-commit hook starts nhilint on every commit, and parsing and compiling a 1 MB bundle is most of what a
// small commit costs. So the bundle is compiled as a classic script with a V8 code cache kept beside it (one
// per Node version and architecture). A missing or rejected cache only costs speed: the bundle is compiled
// normally and a fresh cache is written when the run ends, best effort (a read-only install runs without).
// This file is CommonJS (see bin/package.json): loading it does not start Node's ES module loader.
'use strict';
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const scanning = process.argv[2] === 'scan';
const staged = scanning && process.argv.includes('--staged');
// The commit hook: git starts now and works while the bundle loads (see early-git.js).
if (staged) require('./early-git.js').startEarlyGit();

const bundle = join(__dirname, '..', 'dist', 'nhilint.cjs');
let source;
try {
  source = readFileSync(bundle, 'utf8');
} catch {
  process.stderr.write('nhilint: the CLI is not built yet. Run `npm run build` at the repository root.\n');
  process.exit(2);
}
const cacheFile = join(dirname(bundle), '.cache', `nhilint-${process.version}-${process.arch}.v8`);
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
// Only the short runs whose start-up is felt write the cache: the commit hook (`--staged`) and editors and
// tools piping one file (`--stdin`). A cache written by a whole-tree scan holds everything that scan compiled
// (YAML, every grant parser): half as large again, and slower for every later commit to load.
const shortRun = staged || (scanning && process.argv.includes('--stdin'));
if (shortRun && (cachedData === undefined || script.cachedDataRejected || process.env.NHILINT_REFRESH_CODE_CACHE === '1')) {
  // Written at exit so that the cache also holds the functions this run compiled lazily (the scan itself).
  process.once('exit', () => {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    } catch {
      // No cache this time; the next run tries again.
    }
  });
}
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, Module.createRequire(bundle), bundleModule, bundle, dirname(bundle));
