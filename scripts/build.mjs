// Bundles the CLI (and its worker) with esbuild: one file each, so a pre-commit hook pays for one module load,
// not for resolving hundreds of files in node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __nhilintCreateRequire } from 'node:module'; const require = __nhilintCreateRequire(import.meta.url);" },
};
await Promise.all([
  build({ ...common, entryPoints: { nhilint: 'cli/src/main.ts', worker: 'cli/src/scan/worker.ts' }, outdir: 'cli/dist', outExtension: { '.js': '.mjs' } }),
]);
