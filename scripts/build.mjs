// Bundles the CLI (and its worker) with esbuild: one file each, so a pre-commit hook pays for one file read,
// not for resolving hundreds of files in node_modules.
//
// The main bundle is CommonJS on purpose: `cli/bin/nhilint.js` compiles it with `vm.Script` and a V8 code
// cache, which skips most parsing and compiling on every later start (Node 20 has no code cache for ES
// modules). The worker is only started on large trees, where start-up does not matter, so it stays ESM.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stripExamples } from './strip-examples.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  plugins: [stripExamples],
};
// A rebuilt bundle makes every cached compilation stale.
rmSync(`${root}cli/dist/.cache`, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: { nhilint: 'cli/src/main.ts' },
    outdir: 'cli/dist',
    format: 'cjs',
    // vm.Script (see the launcher) has no loader for import(): lazily loaded modules become require() calls.
    supported: { 'dynamic-import': false },
    // Smaller source is less to read and a smaller code cache to load on every commit; error messages, not
    // stack traces, are what the CLI prints.
    minify: true,
    outExtension: { '.js': '.cjs' },
    define: { 'import.meta.url': '__nhilintBundleUrl', __NHILINT_CACHE_DIR__: '__nhilintCacheDir' },
    banner: { js: "const __nhilintBundleUrl = require('node:url').pathToFileURL(__filename).href; const __nhilintCacheDir = require('node:path').join(__dirname, '.cache');" },
  }),
  build({
    ...common,
    entryPoints: { worker: 'cli/src/scan/worker.ts' },
    outdir: 'cli/dist',
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    define: { __NHILINT_CACHE_DIR__: '__nhilintCacheDir' },
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __nhilintCreateRequire } from 'node:module'; const require = __nhilintCreateRequire(import.meta.url); const __nhilintCacheDir = new URL('.cache', import.meta.url).pathname;" },
  }),
]);
rmSync(`${root}cli/dist/nhilint.mjs`, { force: true });
