/**
 * The checksum helpers against published vectors (Marvin32: .NET's MarvinTests) and round trips through the
 * generators the rule examples use. Real keys were checked offline during development and are not kept here.
 */
import { describe, expect, it } from 'vitest';
import {
  adoPatKind,
  base32Bytes,
  base64Bytes,
  bytesToBase64,
  caskChecksumValid,
  caskWithChecksum,
  crc32Hex,
  entraSecretChecksumValid,
  entraSecretWithChecksum,
  identifiableKeySeed,
  marvin32,
  seedOf,
  withIdentifiableChecksum,
} from './checksums.js';

const hex = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (x) => parseInt(x, 16));

describe('marvin32', () => {
  // dotnet/runtime MarvinTests: seed 0x004FB61A001BDBCC, 64-bit results folded as hi ^ lo.
  const seed = { hi: 0x004fb61a, lo: 0x001bdbcc };
  const vectors: [string, number, number][] = [
    ['', 0x30ed35c1, 0x00cd3c7d],
    ['af', 0x48e73fc7, 0x7d75ddc1],
    ['e70f', 0xb5f6e1fc, 0x485dbff8],
    ['37f495', 0xf0b07c78, 0x9b8cf7e8],
    ['8642dc59', 0x7008f2e8, 0x7e9cf556],
    ['153fb79826', 0xe6c08c6d, 0xa2afa997],
    ['0932e6246c47', 0x6f04bf1a, 0x5ea24060],
    ['ab427ea8d10fc7', 0xe11847e4, 0xf0678c41],
  ];
  it.each(vectors)('matches the .NET vector for %s', (data, hi, lo) => {
    expect(marvin32(hex(data), seed)).toBe((hi ^ lo) >>> 0);
  });

  it('reads seed names as Microsoft does', () => {
    expect(seedOf('Default0')).toEqual({ hi: 0x44656661, lo: 0x756c7430 });
  });
});

describe('codecs', () => {
  it('round-trips base64 and decodes URL-safe input', () => {
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => (i * 37 + 11) & 255);
    const b64 = bytesToBase64(bytes);
    expect(base64Bytes(b64)).toEqual(bytes);
    expect(base64Bytes(b64.replace(/\+/g, '-').replace(/\//g, '_'))).toEqual(bytes);
    expect(base64Bytes('not base64!')).toBeUndefined();
  });

  it('decodes RFC 4648 base32', () => {
    expect(new TextDecoder().decode(base32Bytes('mzxw6ytboi'))).toBe('foobar');
  });

  it('computes the IEEE CRC32', () => {
    expect(crc32Hex('123456789')).toBe('cbf43926');
  });
});

describe('checksummed formats', () => {
  it('identifiable keys validate only under their own seed', () => {
    const key = withIdentifiableChecksum(new Uint8Array(60).map((_, i) => i * 7), 'Default0');
    expect(identifiableKeySeed(key, ['MastRW00', 'Default0'])).toBe('Default0');
    expect(identifiableKeySeed(key, ['MastRW00'])).toBeUndefined();
    const tampered = key.slice(0, 3) + (key[3] === 'A' ? 'B' : 'A') + key.slice(4);
    expect(identifiableKeySeed(tampered, ['Default0'])).toBeUndefined();
  });

  it('common annotated keys carry the Default0 checksum', () => {
    const key = caskWithChecksum(`${'k'.repeat(52)}JQQJ99BA${'p'.repeat(12)}AAABACOG`);
    expect(caskChecksumValid(key)).toBe(true);
    expect(caskChecksumValid(`${key.slice(0, 80)}AAAA`)).toBe(key.endsWith('AAAA'));
  });

  it('Entra 8Q~ secrets end with their checksum', () => {
    const secret = entraSecretWithChecksum(`abc8Q~${'x1Y.'.repeat(7)}z9_`);
    expect(secret).toHaveLength(40);
    expect(entraSecretChecksumValid(secret)).toBe(true);
    expect(entraSecretChecksumValid(`${secret.slice(0, 37)}aaa`)).toBe(secret.endsWith('aaa'));
  });

  it('Azure DevOps PATs without the embedded CRC are not classified', () => {
    expect(adoPatKind('a'.repeat(52))).toBeUndefined();
    expect(adoPatKind('not-base32')).toBeUndefined();
  });
});
