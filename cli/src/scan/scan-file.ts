/** Reads and scans one file: shared by the main thread and the worker threads. */
import type { FileScan, Scanner } from '@nhilint/rules';
import { binaryByExtension, readTextFile } from '../sources/read.js';

export type FileOutcome =
  | { kind: 'scanned'; path: string; bytes: number; result: FileScan }
  | { kind: 'skipped'; path: string; reason: string };

export interface FileScanOptions {
  maxFileSize: number;
  explain: boolean;
}

export function scanFile(scanner: Scanner, path: string, abs: string, opts: FileScanOptions): FileOutcome {
  if (binaryByExtension(path)) return { kind: 'skipped', path, reason: 'binary (by extension)' };
  const read = readTextFile(abs, opts.maxFileSize);
  if (!read.ok) return { kind: 'skipped', path, reason: read.reason };
  return scanText(scanner, path, read.text, read.bytes, opts);
}

export function scanText(scanner: Scanner, path: string, text: string, bytes: number, opts: FileScanOptions): FileOutcome {
  try {
    return { kind: 'scanned', path, bytes, result: scanner.scan(text, path, { explain: opts.explain }) };
  } catch (e) {
    // The core guards each rule; reaching here is a bug, but one file must never end the scan.
    return { kind: 'skipped', path, reason: `internal error while scanning: ${e instanceof Error ? e.message.slice(0, 200) : 'error'}` };
  }
}
