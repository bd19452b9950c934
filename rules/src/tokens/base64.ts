/**
 * Base64 and base64url decoding in plain TypeScript: the core runs in the editor too, where Buffer and atob
 * are not both available, and the decoders must tell "not base64" apart from "decodes to junk".
 */

const VALUES = (() => {
  const t = new Int16Array(128).fill(-1);
  const std = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < std.length; i++) t[std.charCodeAt(i)] = i;
  t[43] = 62; // +
  t[47] = 63; // /
  t[45] = 62; // -  (base64url)
  t[95] = 63; // _  (base64url)
  return t;
})();

/**
 * Bytes of a base64 or base64url string (both alphabets accepted, padding optional), or undefined when the
 * text holds any other character or has an impossible length. Whitespace is not skipped: callers that accept
 * wrapped input strip it first.
 */
export function decodeBase64Bytes(text: string): Uint8Array | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--; // '='
  if (text.length - end > 2) return undefined;
  if (end % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? VALUES[c]! : -1;
    if (v < 0) return undefined;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text of a base64 / base64url string; undefined when it is not base64 or not valid UTF-8. */
export function decodeBase64Text(text: string): string | undefined {
  const bytes = decodeBase64Bytes(text);
  if (!bytes) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of bytes that are printable ASCII or common whitespace: tells decoded text from binary. */
export function printableShare(text: string): number {
  if (text.length === 0) return 0;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13 || c >= 160) ok++;
  }
  return ok / text.length;
}

const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64 of a string's UTF-8 bytes: padded standard alphabet, or unpadded base64url with `url`. */
export function encodeBase64(text: string, url = false): string {
  const table = url ? URL_SAFE : STD;
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const count = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < 4; k++) out += k < count ? table[(n >> (18 - 6 * k)) & 63] : url ? '' : '=';
  }
  return out;
}
