import type { PatternRule } from '../../index.js';
import { fakeChars } from '../testing/fake.js';

function b64Decode(s: string): string | undefined {
  try {
    const b64 = s.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
    return atob(b64.slice(0, b64.length - (b64.length % 4)));
  } catch {
    return undefined;
  }
}

/**
 * A 1Password service account token is `ops_` + base64 of a JSON object holding the sign-in address, e-mail,
 * secret key and SRP verifier. Decoding the start and finding those fields separates a token from any other
 * `ops_eyJ…` string.
 */
export const onePasswordServiceAccountToken: PatternRule = {
  kind: 'pattern',
  id: '1password-service-account-token',
  title: '1Password service account token',
  category: 'secret',
  severity: 'error',
  description: 'A 1Password service account token (ops_…), which reads (and, if allowed, writes) every item in the vaults the service account was granted.',
  remediation:
    'Revoke the token in 1Password (Developer > Service accounts), issue a new one with an expiry and the fewest vaults, and inject it through the CI secret store (OP_SERVICE_ACCOUNT_TOKEN) instead of code.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was chosen at creation',
  keywords: ['ops_eyj'],
  pattern: /\b(ops_eyJ[A-Za-z0-9+/_-]{200,6000}={0,2})(?![A-Za-z0-9+/_=-])/,
  validate: (t) => {
    const head = b64Decode(t.slice(4, 400));
    return head && head.startsWith('{"') && /"(?:signInAddress|email|secretKey|srpX|muk)"/.test(head)
      ? true
      : 'does not decode to a service account token';
  },
  prefix: 'ops_',
  examples: () => ({
    match: [
      `env:\n  OP_SERVICE_ACCOUNT_TOKEN: "ops_${btoa(JSON.stringify({ email: `${fakeChars('abcdefghijklmnop', 13, 'm2')}@1passwordserviceaccounts.com`, muk: { alg: 'A256GCM', ext: true, k: fakeChars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43, 'k'), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: 'A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX', srpX: fakeChars('0123456789abcdef', 64, 'srp2'), signInAddress: 'acme.1password.com' })).replace(/=+$/, '')}"`,
      `export OP_SERVICE_ACCOUNT_TOKEN=ops_${btoa(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: fakeChars('abcdefghijKLMNOP0123', 22, 'salt') }, email: `${fakeChars('abcdefghijklmnop', 13, 'mail')}@1passwordserviceaccounts.com`, srpX: fakeChars('0123456789abcdef', 64, 'srp'), secretKey: `A3-${fakeChars('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 6, 'acct')}-${fakeChars('ABCDEFGHJKLMNPQRSTVWXYZ23456789', 6, 'x')}-XXXXX-XXXXX-XXXXX-XXXXX` })).replace(/=+$/, '')}`,
    ],
    noMatch: [
      'export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6...',
      `token: ops_eyJ${fakeChars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 300, 'random')}`,
    ],
  }),
};

const SECRET_KEY_CHARS = 'ABCDEFGHJKLMNPQRSTVWXYZ23456789';
const group = (n: number, salt: string) => fakeChars(SECRET_KEY_CHARS, n, salt);

/**
 * 1Password account Secret Key (A3-…): 34 characters shown in groups, as in the emergency kit (the 1Password
 * security white paper shows both groupings matched here).
 */
export const onePasswordSecretKey: PatternRule = {
  kind: 'pattern',
  id: '1password-secret-key',
  title: '1Password account Secret Key',
  category: 'secret',
  severity: 'warning',
  description:
    'A 1Password account Secret Key (A3-…). It does not open the account alone, but together with the account password it does, so the leak leaves the password as the only protection.',
  remediation:
    'Regenerate the Secret Key in 1Password (My profile > Regenerate Secret Key), store the new emergency kit offline, and use service accounts or Connect tokens for automation.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until regenerated',
  keywords: ['a3-'],
  pattern: /\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\b/,
  entropy: 3.8,
  prefix: 'A3-',
  examples: () => ({
    match: [
      `OP_SECRET_KEY=A3-${group(6, 'a')}-${group(6, 'b')}-${group(5, 'c')}-${group(5, 'd')}-${group(5, 'e')}-${group(5, 'f')}`,
      `secret_key: "A3-${group(6, 'g')}-${group(11, 'h')}-${group(5, 'i')}-${group(5, 'j')}-${group(5, 'k')}"`,
    ],
    noMatch: ['A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX', 'A3-xXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX'],
  }),
};
