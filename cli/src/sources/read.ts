/**
 * Turning bytes into text the core can scan: binary detection, BOMs (UTF-8, UTF-16 LE/BE), size limits.
 * Nothing here throws for a bad file: the caller gets a reason to list under "skipped".
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp ico icns webp tif tiff psd ai heic avif svgz ' +
    'pdf doc docx xls xlsx ppt pptx odt ods odp ' +
    'zip gz tgz bz2 xz 7z rar tar zst lz4 jar war ear apk ipa aab whl egg nupkg deb rpm dmg iso img msi cab ' +
    'exe dll so dylib a o obj lib bin dat class pyc pyo pyd wasm node ' +
    'mp3 mp4 m4a m4v mov avi mkv webm wav flac ogg opus aac wmv flv ' +
    'ttf otf woff woff2 eot ' +
    'sqlite sqlite3 db mdb parquet avro orc feather npy npz pkl pickle h5 hdf5 onnx pt pth safetensors tflite ' +
    'keystore jks p12 pfx der ' +
    'psd sketch fig blend fbx glb gltf'
  ).split(/\s+/),
);

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; bytes: number } | { ok: false; reason: string; bytes?: number };

export function binaryByExtension(path: string): boolean {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return false;
  return BINARY_EXTENSIONS.has(path.slice(dot + 1).toLowerCase());
}

export function readTextFile(absPath: string, maxSize: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(absPath, 'r');
  } catch (e) {
    return { ok: false, reason: `unreadable: ${errCode(e)}` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'not a regular file (FIFO, socket or device)' };
    if (st.size > maxSize) return { ok: false, reason: `larger than --max-file-size (${st.size} > ${maxSize} bytes)`, bytes: st.size };
    const buf = Buffer.allocUnsafe(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, got);
      if (n === 0) break; // truncated while we read: scan what we got
      got += n;
    }
    return decode(got === st.size ? buf : buf.subarray(0, got));
  } catch (e) {
    return { ok: false, reason: `unreadable: ${errCode(e)}` };
  } finally {
    closeSync(fd);
  }
}

/** Decodes bytes to text, or says why it is binary. */
export function decode(buf: Buffer): ReadResult {
  const bytes = buf.length;
  if (bytes >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(buf.subarray(2)), bytes };
  if (bytes >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(buf.subarray(2)), bytes };
  const head = buf.subarray(0, Math.min(bytes, 8192));
  if (head.indexOf(0) !== -1) {
    const utf16 = utf16WithoutBom(head);
    if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(buf), bytes };
    // A stray NUL in a text file (a pasted control character, a log) must not hide the file; real binaries
    // are dense with control bytes.
    if (controlBytes(head) * 20 > head.length) return { ok: false, reason: 'binary (control bytes in the first 8 KiB)', bytes };
  }
  const start = bytes >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  return { ok: true, text: buf.toString('utf8', start), bytes };
}

/** UTF-16 text saved without a BOM: ASCII-range characters leave every other byte zero. */
function utf16WithoutBom(head: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = head.length >> 1;
  if (pairs < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  if (oddZero >= pairs * 0.9 && evenZero <= pairs * 0.05) return 'utf-16le';
  if (evenZero >= pairs * 0.9 && oddZero <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** NUL and the C0 controls text never uses (tab, line feeds, form feed and escape are allowed). */
function controlBytes(head: Buffer): number {
  let n = 0;
  for (const b of head) if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) n++;
  return n;
}

function errCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code ?? (e instanceof Error ? e.message : String(e));
}
