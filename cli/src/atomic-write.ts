/**
 * Every file the CLI writes for the user (--output, the baseline, the inventory) and for itself (the stored
 * keyword table) goes through here: a temporary file in the same folder, then a rename, so a reader never sees
 * half a file and a symlink planted at the destination is replaced, not written through.
 */
import { lstatSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeAtomic(path: string, content: string | Uint8Array): void {
  // A device or FIFO named as the output (`--output /dev/null`, `/dev/stdout`, a pipe) is written to, never
  // replaced: renaming a file over it would swap the device for a plain file.
  const existing = lstatOrUndefined(path);
  if (existing && (existing.isCharacterDevice() || existing.isBlockDevice() || existing.isFIFO() || existing.isSocket())) {
    writeFileSync(path, content);
    return;
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(tmp, content, { flag: 'wx', mode: 0o644 });
  try {
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true }); // never leave a half-done write behind
    throw e;
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
