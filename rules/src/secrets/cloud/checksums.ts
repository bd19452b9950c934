import { crc32Bytes } from '../../util/hash.js';
/**
 * Offline checks for the cloud formats that carry a checksum: Microsoft's Marvin32-watermarked keys (Azure
 * "identifiable" keys, common annotated security keys, Entra client secrets), the Azure DevOps PAT CRC, and the
 * CRC32 suffix of Cloudflare's scannable tokens. Pure TypeScript (no node:crypto, no Buffer) so the core still
 * runs in the editor's web worker.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map<string, number>([...B64].map((c, i) => [c, i]));

/** Standard or URL-safe base64 (padding optional) to bytes; undefined when a character is outside the alphabet. */
export function base64Bytes(text: string): Uint8Array | undefined {
  const clean = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (const ch of clean) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (n < out.length) out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : B64[c & 63]!;
  }
  return out;
}

export function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

export function bytesToLatin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/**
 * Microsoft's versioned checksum seeds are 8-character ASCII names ("Default0", "MastRW00") read as one 64-bit
 * number; Marvin splits it into a low and a high 32-bit half.
 */
export interface Seed {
  lo: number;
  hi: number;
}

export function seedOf(name: string): Seed {
  const word = (s: string) => ((s.charCodeAt(0) << 24) | (s.charCodeAt(1) << 16) | (s.charCodeAt(2) << 8) | s.charCodeAt(3)) >>> 0;
  return { hi: word(name.slice(0, 4)), lo: word(name.slice(4, 8)) };
}

const rotl = (x: number, n: number) => ((x << n) | (x >>> (32 - n))) >>> 0;

/** Marvin32 (as in .NET and SymCrypt), folded to 32 bits the way Microsoft's key tooling does (hi ^ lo). */
export function marvin32(data: Uint8Array, seed: Seed): number {
  let p0 = seed.lo >>> 0;
  let p1 = seed.hi >>> 0;
  const block = () => {
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 20);
    p0 = (p0 + p1) >>> 0;
    p1 = rotl(p1, 9);
    p1 = (p1 ^ p0) >>> 0;
    p0 = rotl(p0, 27);
    p0 = (p0 + p1) >>> 0;
    p1 = rotl(p1, 19);
  };
  let i = 0;
  for (; i + 4 <= data.length; i += 4) {
    p0 = (p0 + (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24))) >>> 0;
    block();
  }
  const rest = data.length - i;
  let last = 0x80;
  if (rest === 1) last = 0x8000 | data[i]!;
  else if (rest === 2) last = 0x800000 | data[i]! | (data[i + 1]! << 8);
  else if (rest === 3) last = (0x80000000 | (data[i + 2]! << 16) | data[i]! | (data[i + 1]! << 8)) >>> 0;
  p0 = (p0 + last) >>> 0;
  block();
  block();
  return (p0 ^ p1) >>> 0;
}

const u32le = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/**
 * Azure "identifiable" keys (storage, Cosmos DB, APIM, Service Bus, ...): the decoded key's last 4 bytes are
 * Marvin32 of everything before them, little-endian, under a per-service seed. Returns the matching seed name.
 */
export function identifiableKeySeed(key: string, seeds: readonly string[]): string | undefined {
  const bytes = base64Bytes(key);
  if (!bytes || bytes.length < 8) return undefined;
  const expected = u32le(bytes, bytes.length - 4);
  const body = bytes.subarray(0, bytes.length - 4);
  return seeds.find((s) => marvin32(body, seedOf(s)) === expected);
}

/** Appends the identifiable-key checksum to `body` (key bytes minus the last 4) and base64-encodes the result. */
export function withIdentifiableChecksum(body: Uint8Array, seed: string): string {
  const c = marvin32(body, seedOf(seed));
  const all = new Uint8Array(body.length + 4);
  all.set(body);
  all.set([c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24], body.length);
  return bytesToBase64(all);
}

/**
 * Common annotated security keys (84 characters, "JQQJ99" at offset 52): Marvin32 under the "Default0" seed over
 * the first 60 decoded bytes; the key ends with the first 4 base64 characters of that checksum.
 */
export function caskChecksumValid(key: string): boolean {
  const bytes = base64Bytes(key.slice(0, 80));
  if (!bytes || bytes.length !== 60) return false;
  const c = marvin32(bytes, seedOf('Default0'));
  return bytesToBase64(Uint8Array.of(c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24)).startsWith(key.slice(80, 84));
}

export function caskWithChecksum(first80: string): string {
  const c = marvin32(base64Bytes(first80)!, seedOf('Default0'));
  return first80 + bytesToBase64(Uint8Array.of(c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24)).slice(0, 4);
}

/**
 * Entra ID client secrets of the current format (`xxx8Q~` + 34): the last 3 characters are the first 3 of
 * Marvin32("AadPwd00") over the rest, written in the secret's own 66-character alphabet (most significant digit
 * first, left-padded to 6 with the alphabet's zero digit).
 */
const AAD_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890.-_~';

function aadChecksum(text: string): string {
  let n = marvin32(latin1Bytes(text), seedOf('AadPwd00'));
  let out = '';
  while (n > 0) {
    out = AAD_ALPHABET[n % AAD_ALPHABET.length] + out;
    n = Math.floor(n / AAD_ALPHABET.length);
  }
  return out.padStart(6, AAD_ALPHABET[0]!).slice(0, 3);
}

export { crc32Bytes };

export function entraSecretChecksumValid(secret: string): boolean {
  return aadChecksum(secret.slice(0, -3)) === secret.slice(-3);
}

export function entraSecretWithChecksum(first37: string): string {
  return first37 + aadChecksum(first37);
}

/** RFC 4648 base32, case-insensitive, as Azure DevOps writes its 52-character PATs. */
export function base32Bytes(text: string): Uint8Array | undefined {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let acc = 0;
  let bits = 0;
  let n = 0;
  for (const ch of text.toLowerCase()) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return undefined;
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (n < out.length) out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * Legacy Azure DevOps PATs (52 base32 characters, 32 bytes) embed a CRC32 of 28 of their bytes, XORed with a
 * constant for user or application PATs, in bytes 22, 8, 7 and 2 (little-endian). Layout per Microsoft's
 * security-utilities scanner.
 */
const ADO_SEEDS: Record<string, number> = { user: 0xe0b9692d, application: 0x1019f92e };

export function adoPatKind(pat: string): string | undefined {
  const b = base32Bytes(pat);
  if (!b || b.length !== 32) return undefined;
  const body = new Uint8Array(28);
  body.set(b.subarray(0, 2), 0);
  body.set(b.subarray(3, 7), 2);
  body.set(b.subarray(9, 22), 6);
  body.set(b.subarray(23, 32), 19);
  const embedded = (b[22]! | (b[8]! << 8) | (b[7]! << 16) | (b[2]! << 24)) >>> 0;
  const crc = crc32Bytes(body);
  for (const [kind, seed] of Object.entries(ADO_SEEDS)) if (((crc ^ seed) >>> 0) === embedded) return kind;
  return undefined;
}

export function crc32Hex(text: string): string {
  return crc32Bytes(latin1Bytes(text)).toString(16).padStart(8, '0');
}
