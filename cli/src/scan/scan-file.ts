/** Reads and scans one file: shared by the main thread and the worker threads. */
import type { Scanner } from '@nhilint/rules';
import type { FileOutcome } from '../report.js';
import { binaryByExtension, decode, readTextFile } from '../sources/read.js';

export type { FileOutcome } from '../report.js';

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

/** The same checks as `scanFile` for content already in memory (a staged blob). */
export function scanBytes(scanner: Scanner, path: string, bytes: Buffer, opts: FileScanOptions): FileOutcome {
  if (binaryByExtension(path)) return { kind: 'skipped', path, reason: 'binary (by extension)' };
  if (bytes.length > opts.maxFileSize) return { kind: 'skipped', path, reason: `larger than --max-file-size (${bytes.length} > ${opts.maxFileSize} bytes)` };
  const decoded = decode(bytes);
  if (!decoded.ok) return { kind: 'skipped', path, reason: decoded.reason };
  return scanText(scanner, path, decoded.text, bytes.length, opts);
}

export function scanText(scanner: Scanner, path: string, text: string, bytes: number, opts: FileScanOptions): FileOutcome {
  try {
    return { kind: 'scanned', path, bytes, result: scanner.scan(text, path, { explain: opts.explain }) };
  } catch (e) {
    // The core guards each rule; reaching here is a bug, but one file must never end the scan.
    return { kind: 'skipped', path, reason: `internal error while scanning: ${e instanceof Error ? e.message.slice(0, 200) : 'error'}` };
  }
}
