import type { PatternRule } from '../../rule.js';
import { fakeChars } from '../testing/fake.js';

/**
 * age X25519 identities: Bech32 (BIP 173) with human-readable part `age-secret-key-`, printed upper-case. The
 * 58 characters after `1` are 52 data characters (the 32-byte key) and a 6-character checksum, verified here with
 * the BIP 173 polymod so that made-up or mistyped strings are dropped.
 */
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const HRP = 'age-secret-key-';

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i]!;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const codes = [...hrp].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
}

export function bech32Valid(value: string): boolean {
  const lower = value.toLowerCase();
  const sep = lower.lastIndexOf('1');
  if (sep < 1 || lower.length - sep < 7) return false;
  const data = [...lower.slice(sep + 1)].map((c) => CHARSET.indexOf(c));
  if (data.some((d) => d < 0)) return false;
  return polymod([...hrpExpand(lower.slice(0, sep)), ...data]) === 1;
}

/** A syntactically valid age identity for examples (random data, correct checksum). */
export function fakeAgeKey(salt = ''): string {
  const data = [...fakeChars(CHARSET, 52, `age${salt}`)].map((c) => CHARSET.indexOf(c));
  data[51] = data[51]! & 0x10; // 256 bits in 52 groups of 5 leave 4 padding bits, which are zero
  const mod = polymod([...hrpExpand(HRP), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check = [0, 1, 2, 3, 4, 5].map((i) => (mod >>> (5 * (5 - i))) & 31);
  return `${HRP}1${[...data, ...check].map((d) => CHARSET[d]).join('')}`.toUpperCase();
}

export const ageSecretKey: PatternRule = {
  kind: 'pattern',
  id: 'age-secret-key',
  title: 'age secret key',
  category: 'secret',
  severity: 'error',
  description: 'An age encryption identity (AGE-SECRET-KEY-1…) with a valid Bech32 checksum; it decrypts every file and SOPS secret encrypted to its public key.',
  remediation:
    'Generate a new identity with age-keygen, re-encrypt the files and SOPS documents to the new recipient (sops updatekeys), remove the old recipient, and keep the identity outside the repository (SOPS_AGE_KEY_FILE, a secret manager or a hardware plugin).',
  lifetime: 'static',
  lifetimeDetail: 'never expires; anything encrypted to it stays readable with it',
  replacement: 'A KMS-backed SOPS key or an age plugin identity held in hardware (YubiKey, TPM)',
  keywords: ['age-secret-key-1'],
  pattern: /\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/,
  validate: (key) => (bech32Valid(key) ? true : 'Bech32 checksum does not match: not a real age key'),
  prefix: 'AGE-SECRET-KEY-1',
  examples: () => ({
    match: [
      `# created: 2024-05-01T10:00:00Z\n# public key: age1${fakeChars(CHARSET, 58, 'pub')}\n${fakeAgeKey()}`,
      `SOPS_AGE_KEY=${fakeAgeKey('env')}`,
    ],
    noMatch: [
      // right alphabet and length, wrong checksum
      `SOPS_AGE_KEY=AGE-SECRET-KEY-1${fakeChars(CHARSET, 58, 'bad').toUpperCase()}`,
      'SOPS_AGE_KEY=AGE-SECRET-KEY-1QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ',
    ],
  }),
};
