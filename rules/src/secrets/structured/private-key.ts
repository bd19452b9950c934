import type { MatchContext, PatternRule } from '../../rule.js';
import { shannonEntropy } from '../../util/entropy.js';
import { repeatedFiller } from '../../engine/filters.js';
import { decodeBase64Bytes } from '../../tokens/base64.js';
import { BASE64, fakeChars } from '../testing/fake.js';
import { inServiceAccountKey } from './common.js';

/**
 * Private keys in PEM armour (PKCS#1, SEC1, PKCS#8, OpenSSH, PGP) and PuTTY's .ppk format. The block
 * is accepted only when its body is a plausible key: base64 lines (after undoing `\n` escapes and string
 * concatenation), long enough for the smallest real key, not uniform, and starting the way its format must
 * (DER keys with a SEQUENCE, `M`; OpenSSH keys with `openssh-key-v1`). A header followed by `...`, `***` or
 * prose is documentation, and public keys, certificates and CSRs never match.
 */

const LABEL = '(?:[A-Z0-9]{1,10} ){0,2}PRIVATE KEY(?: BLOCK)?';
/** A line break, real or written as an escape inside a string literal. */
const EOL = '(?:\\\\r)?(?:\\\\n|\\r?\\n)';
/** Shortest body of a real key: an Ed25519 PKCS#8 key is 48 bytes, 64 base64 characters. */
const MIN_BODY = 64;

interface KeyInfo {
  kind: string;
  encrypted: boolean;
}

const KIND_BY_LABEL: Record<string, string> = {
  '': 'PKCS#8 private key',
  'RSA ': 'RSA private key',
  'EC ': 'EC private key',
  'DSA ': 'DSA private key',
  'OPENSSH ': 'OpenSSH private key',
  'ENCRYPTED ': 'encrypted PKCS#8 private key',
  'PGP ': 'PGP private key block',
};

/** Base64 text of one body line, with quotes and concatenation of a string literal taken off. */
function bodyLine(raw: string): string {
  if (/^\s*["'`]?\s{0,8}[+,;)]?\s{0,8}$/.test(raw)) return '';
  return raw
    .trim()
    .replace(/^(?:\+\s{0,8})?["'`]/, '')
    .replace(/["'`]\s{0,8}(?:[+,;)]\s{0,8})?(?:\\)?$/, '')
    .replace(/\\$/, '')
    .trim();
}

/** Splits a body on real line breaks and on `\n` / `\r\n` escapes (doubled escapes too). */
function bodyLines(body: string): string[] {
  return body.replace(/(?:\\+r)?\\+n/g, '\n').split(/\r?\n/).map(bodyLine);
}

/** Analyses the base64 part of a key: returns the joined base64 or the reason it is not a key. */
function keyBase64(lines: string[], allowHeaders: boolean): { b64: string; headers: string[] } | string {
  const headers: string[] = [];
  let b64 = '';
  let inHeaders = allowHeaders;
  for (const line of lines) {
    if (line === '') {
      // A blank line ends the armour headers, but not the one right after BEGIN.
      if (headers.length > 0 || b64.length > 0) inHeaders = false;
      continue;
    }
    if (inHeaders && /^[A-Za-z][A-Za-z0-9-]{1,40}:\s?\S/.test(line)) {
      headers.push(line);
      continue;
    }
    inHeaders = false;
    if (/^=[A-Za-z0-9+/]{4}$/.test(line)) continue; // PGP armour checksum
    if (!/^[A-Za-z0-9+/]{1,200}={0,2}$/.test(line)) return 'key body is not base64 (placeholder, ellipsis or prose)';
    b64 += line;
  }
  return { b64, headers };
}

function plausibleBody(b64: string, minBody = MIN_BODY): string | undefined {
  const bare = b64.replace(/=+$/, '');
  if (bare.length < minBody) return `key body of ${bare.length} characters is too short for a real key`;
  const filler = repeatedFiller(bare);
  if (filler) return `key body is ${filler}`;
  const e = shannonEntropy(bare);
  if (e < Math.min(4.2, Math.log2(bare.length) - 0.8)) return `key body entropy ${e.toFixed(2)} is too low for key material`;
  return undefined;
}

/** OpenSSH keys name their cipher right after the magic: `none` means no passphrase. */
function opensshEncrypted(b64: string): boolean {
  const bytes = decodeBase64Bytes(b64.slice(0, 64));
  if (!bytes || bytes.length < 24) return false;
  const len = (bytes[15]! << 24) | (bytes[16]! << 16) | (bytes[17]! << 8) | bytes[18]!;
  const cipher = String.fromCharCode(...bytes.subarray(19, 19 + Math.min(len, 24)));
  return cipher !== 'none';
}

/**
 * Checks one matched block and says what it is, or why it is not a key. `minBody` may be lowered by callers
 * whose surroundings already prove the value is a key (a service-account key file).
 */
export function analysePrivateKey(block: string, minBody = MIN_BODY): KeyInfo | string {
  if (block.startsWith('PuTTY-User-Key-File')) {
    const marker = /Private-Lines: \d{1,3}/.exec(block);
    const parsed = keyBase64(bodyLines(marker ? block.slice(marker.index + marker[0].length) : ''), false);
    if (typeof parsed === 'string') return parsed;
    // An Ed25519 .ppk holds a single 44-character private line, shorter than any PEM body.
    const bare = parsed.b64.replace(/=+$/, '');
    if (bare.length < 40) return `private lines of ${bare.length} characters are too short for a real key`;
    if (repeatedFiller(bare) || shannonEntropy(bare) < 3.8) return 'private lines are not key material';
    const encryption = /Encryption:\s{0,4}([\w-]{1,40})/.exec(block)?.[1] ?? 'none';
    return { kind: 'PuTTY private key', encrypted: encryption !== 'none' };
  }
  const head = /^-----BEGIN ((?:[A-Z0-9]{1,10} ){0,2})PRIVATE KEY(?: BLOCK)?-----/.exec(block);
  if (!head) return 'not a private key block';
  const label = head[1]!;
  const endAt = block.indexOf('-----END', head[0].length);
  const body = block.slice(head[0].length, endAt < 0 ? block.length : endAt);
  const parsed = keyBase64(bodyLines(body), true);
  if (typeof parsed === 'string') return parsed;
  const why = plausibleBody(parsed.b64, minBody);
  if (why) return why;
  const procEncrypted = parsed.headers.some((h) => /^Proc-Type:.{0,10}ENCRYPTED/i.test(h));
  const der = label === '' || label === 'RSA ' || label === 'EC ' || label === 'DSA ' || label === 'ENCRYPTED ';
  if (der && !procEncrypted && !parsed.b64.startsWith('M')) return 'body does not start with a DER SEQUENCE, so it is not key material';
  if (label === 'OPENSSH ' && !parsed.b64.startsWith('b3BlbnNzaC1rZXktdjE')) return 'body lacks the openssh-key-v1 magic';
  const encrypted =
    procEncrypted || label === 'ENCRYPTED ' || (label === 'OPENSSH ' && opensshEncrypted(parsed.b64));
  return { kind: KIND_BY_LABEL[label] ?? `${label.trim()} private key`, encrypted };
}

function validatePrivateKey(block: string, ctx: MatchContext): true | string {
  const info = analysePrivateKey(block);
  if (typeof info === 'string') return info;
  if (inServiceAccountKey(ctx.text, ctx.secretStart)) return 'reported by gcp-service-account-key';
  return true;
}

// --- examples, built at run time --------------------------------------------------------------------------

function wrap(b64: string, width: number): string {
  const out: string[] = [];
  for (let i = 0; i < b64.length; i += width) out.push(b64.slice(i, i + width));
  return out.join('\n');
}

/** A fake key body: the format's fixed prefix, then seeded random base64. */
function fakeBody(prefix: string, length: number, salt: string): string {
  return prefix + fakeChars(BASE64, length - prefix.length, salt);
}

function fakePem(label: string, prefix: string, length: number, salt: string, width = 64): string {
  return `-----BEGIN ${label}PRIVATE KEY-----\n${wrap(fakeBody(prefix, length, salt), width)}\n-----END ${label}PRIVATE KEY-----`;
}

const OPENSSH_NONE = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW';

export const privateKey: PatternRule = {
  kind: 'pattern',
  id: 'private-key',
  title: 'Private key',
  category: 'secret',
  severity: 'error',
  description: 'A private key (PEM, OpenSSH, PGP or PuTTY) is committed; whoever reads the repository can impersonate its owner.',
  remediation:
    'Remove the key from the repository and its history, revoke or rotate it (new key pair, replace the public key or certificate where it is trusted), and load keys at run time from a secret manager, KMS or HSM instead of files in the source tree.',
  lifetime: 'static',
  lifetimeDetail: 'a key pair never expires; only certificates issued for it do',
  replacement: 'keys held in a KMS/HSM, short-lived SSH or X.509 certificates from a CA, or workload identity instead of key files',
  keywords: ['private key-----', 'private key block-----', 'putty-user-key-file'],
  pattern: new RegExp(
    [
      // PEM armour: the body holds no dash, so it ends at the first armour line after BEGIN; the only dashes
      // allowed before it are those of the two headers of a legacy encrypted key.
      `-----BEGIN ${LABEL}-----(?:(?:${EOL}(?:[ \\t"']{0,12}(?:Proc-Type|DEK-Info): [\\w,]{1,100}(?:-[\\w,]{1,100}){0,4}[ \\t"'+]{0,12}${EOL}){1,2})?[^-]{16,16000}-----END ${LABEL}-----`,
      // ...or a block cut off without its END line (truncated paste, or a line too long for one window).
      `|(?:(?:\\\\r)?(?:\\\\n|\\r?\\n)[ \\t"'+]{0,12}[A-Za-z0-9+/=]{40,80}){3,400})`,
      // PuTTY .ppk: the magic line, its known headers and public lines, then the Private-Lines body.
      `|PuTTY-User-Key-File-[1-3]: [\\w@.-]{1,64}${EOL}(?:(?:Encryption|Comment|Public-Lines|Key-Derivation|Argon2-[A-Za-z]{1,20}): [^\\r\\n\\\\]{0,200}${EOL}|[A-Za-z0-9+/=]{1,80}${EOL}){0,80}`,
      `Private-Lines: \\d{1,3}(?:${EOL}[A-Za-z0-9+/=]{4,80}){1,100}`,
    ].join(''),
  ),
  secretGroup: 0,
  linesAround: 80,
  skipCommonFilters: true,
  validate: validatePrivateKey,
  describe: (block) => {
    const info = analysePrivateKey(block);
    if (typeof info === 'string') return undefined;
    const kind = info.kind.charAt(0).toUpperCase() + info.kind.slice(1);
    return info.encrypted ? `${kind}, protected by a passphrase` : `${kind}, not encrypted`;
  },
  severityOf: (block) => {
    const info = analysePrivateKey(block);
    return typeof info !== 'string' && info.encrypted ? 'warning' : undefined;
  },
  prefix: '-----',
  examples: () => ({
    match: [
      fakePem('RSA ', 'MIIEowIBAAKCAQEA', 1588, 'rsa'),
      { text: `{\n  "key": "${fakePem('', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 1624, 'p8').replace(/\n/g, '\\n')}\\n"\n}`, path: 'config/keys.json' },
      `deploy_key: |\n  ${fakePem('OPENSSH ', OPENSSH_NONE, 400, 'ed', 70).replace(/\n/g, '\n  ')}\n`,
      `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(fakeBody('lQOYBF', 640, 'pgp'), 64)}\n=${fakeChars(BASE64, 4, 'crc')}\n-----END PGP PRIVATE KEY BLOCK-----\n`,
      `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: rsa-key-20240101\nPublic-Lines: 2\n${wrap(fakeBody('AAAAB3NzaC1yc2E', 128, 'pub'), 64)}\nPrivate-Lines: 3\n${wrap(fakeBody('AAABAQ', 192, 'ppk'), 64)}\nPrivate-MAC: ${fakeChars('0123456789abcdef', 40, 'mac')}\n`,
      `const key = "-----BEGIN EC PRIVATE KEY-----\\n" +\n  "${wrap(fakeBody('MHcCAQEEI', 160, 'ec'), 64).replace(/\n/g, '\\n" +\n  "')}\\n" +\n  "-----END EC PRIVATE KEY-----";`,
    ],
    noMatch: [
      '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
      '-----BEGIN PRIVATE KEY-----\nYOUR-PRIVATE-KEY-GOES-HERE\n-----END PRIVATE KEY-----',
      `-----BEGIN PUBLIC KEY-----\n${wrap(fakeBody('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 392, 'pk'), 64)}\n-----END PUBLIC KEY-----`,
      `-----BEGIN CERTIFICATE-----\n${wrap(fakeBody('MIIDdzCCAl+gAwIBAgIE', 1200, 'crt'), 64)}\n-----END CERTIFICATE-----`,
      "if (pem.startsWith('-----BEGIN RSA PRIVATE KEY-----')) return parsePkcs1(pem);",
      '-----BEGIN PRIVATE KEY-----\nYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo=\n-----END PRIVATE KEY-----',
    ],
  }),
};
