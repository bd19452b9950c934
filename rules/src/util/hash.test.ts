import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './hash.js';
import { fingerprintOf, secretHash } from './redact.js';

const reference = (s: string) => createHash('sha256').update(Buffer.from(new TextEncoder().encode(s))).digest('hex');

describe('sha256Hex', () => {
  it('matches known digests', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('matches node:crypto on every length around the block boundaries and on non-ASCII text', () => {
    for (let n = 0; n < 300; n++) {
      const ascii = Array.from({ length: n }, (_, i) => String.fromCharCode(32 + ((i * 7 + n) % 95))).join('');
      expect(sha256Hex(ascii)).toBe(reference(ascii));
      const mixed = ascii.slice(0, n >> 1) + 'é😀\u00ff\u0800\ud800x\udc00' + ascii.slice(n >> 1);
      expect(sha256Hex(mixed)).toBe(reference(mixed));
    }
    const long = 'k8s-rbac-wildcard\u0000path/ü\u0000'.repeat(5000);
    expect(sha256Hex(long)).toBe(reference(long));
    // Interleaving short and long inputs reuses the buffer; nothing of an earlier message may leak in.
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('keeps fingerprints stable (they are stored in baselines)', () => {
    const hash = secretHash('ClusterRole/ops-2|rule#0|resources:*');
    expect(hash).toBe(reference('ClusterRole/ops-2|rule#0|resources:*').slice(0, 16));
    expect(fingerprintOf('k8s-rbac-wildcard', '.bench/iac/manifests.yaml', hash)).toBe('f424692077479ba3a5d1b7041129b838');
  });
});
