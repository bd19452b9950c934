#!/usr/bin/env node
// Thin launcher: the real program is the bundle built by `npm run build` (run by `npm ci` via `prepare`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/nhilint.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('nhilint: the CLI is not built yet. Run `npm run build` at the repository root.\n');
  process.exit(2);
}
await import(bundle.href);
