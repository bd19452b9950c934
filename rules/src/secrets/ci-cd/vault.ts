import type { LifetimeInfo, PatternRule } from '../../index.js';
import { ALNUM, BASE64URL, fakeChars } from '../testing/fake.js';
import { UUID, keyedSecret } from './keyed.js';
import { ciSecretStoreFix } from '../ci-secret-fix.js';

/**
 * HashiCorp Vault token prefixes (Vault 1.10+): hvs. service, hvb. batch, hvr. recovery. Service tokens are 95+
 * characters with server-side consistent tokens, 24 (plus an optional `.namespace` id) without; batch tokens are
 * encrypted blobs of well over 100 characters. Lifetimes are the tokens' TTLs (Vault docs: default 768 h).
 */
const KINDS: Record<string, LifetimeInfo & { title: string }> = {
  'hvs.': {
    title: 'HashiCorp Vault service token',
    lifetime: 'long',
    detail: 'bound to its TTL: 32 days by default and renewable up to the max TTL; root and periodic tokens can live indefinitely',
  },
  // Batch tokens cannot be renewed, but their TTL defaults to the mount's or the system's (768 h) like any token.
  'hvb.': { title: 'HashiCorp Vault batch token', lifetime: 'long', detail: 'fixed TTL set at creation (32 days by default), not renewable' },
  'hvr.': { title: 'HashiCorp Vault recovery token', lifetime: 'short', detail: 'usable only while Vault runs in recovery mode' },
};

const REMEDIATION =
  'Revoke the token (vault token revoke, or revoke its accessor) and have the workload log in through an auth method (Kubernetes, AWS/GCP/Azure, JWT/OIDC from CI, AppRole with response wrapping) so each run gets its own short TTL token; Vault Agent can handle renewal.';
const REPLACEMENT = 'Vault auth methods bound to workload identity (Kubernetes, cloud IAM, CI OIDC/JWT), with short TTLs';

export const hashicorpVaultToken: PatternRule = {
  kind: 'pattern',
  id: 'hashicorp-vault-token',
  title: 'HashiCorp Vault token',
  category: 'secret',
  severity: 'error',
  description: 'A HashiCorp Vault service, batch or recovery token (hvs., hvb., hvr.), which reads and writes every secret its policies allow until its TTL runs out.',
  remediation: REMEDIATION,
  lifetime: 'long',
  lifetimeDetail: 'bound to its TTL (32 days by default)',
  replacement: REPLACEMENT,
  keywords: ['hvs.', 'hvb.', 'hvr.'],
  pattern: /(?<![\w.-])((?:hv[sr]\.[\w-]{24,500}(?:\.[A-Za-z0-9]{5})?|hvb\.[\w-]{60,1000}))(?![\w-])/,
  entropy: 3.5,
  lifetimeOf: (t) => KINDS[t.slice(0, 4)],
  describe: (t) => KINDS[t.slice(0, 4)]?.title,
  fixes: ciSecretStoreFix('VAULT_TOKEN'),
  prefix: 'hvs.',
  examples: () => ({
    match: [
      `VAULT_TOKEN=hvs.CAESI${fakeChars(BASE64URL, 86, 'ssct')}`,
      `vault_token = "hvs.${fakeChars(ALNUM, 24, 'plain')}"`,
      `X-Vault-Token: hvb.AAAAAQ${fakeChars(BASE64URL, 150, 'batch')}`,
    ],
    noMatch: ['hvs.abc', 'hvb.tooshortxxx', 'VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'token: hvr.placeholder'],
  }),
};

/**
 * Tokens from Vault before 1.10 are `s.` + 24 base62 (`b.` for batch), far too short a prefix to match on its
 * own, so the line must mention vault and the value must mix upper case, lower case and digits as a random
 * token does (which rejects `s.makeKubeConfigController` and the like).
 */
export const hashicorpVaultLegacyToken: PatternRule = {
  kind: 'pattern',
  id: 'hashicorp-vault-legacy-token',
  title: 'HashiCorp Vault token (pre-1.10 format)',
  category: 'secret',
  severity: 'error',
  description: 'A HashiCorp Vault service token in the pre-1.10 s. format on a line that mentions Vault; it reads and writes what its policies allow until its TTL runs out.',
  remediation: REMEDIATION,
  lifetime: 'long',
  lifetimeDetail: 'bound to its TTL: 32 days by default; root and periodic tokens can live indefinitely',
  replacement: REPLACEMENT,
  keywords: ['vault'],
  pattern: /(?<![\w.-])(s\.[A-Za-z0-9]{24}(?:\.[A-Za-z0-9]{5})?)(?![\w.-])/,
  validate: (t) => {
    const body = t.slice(2, 26);
    return /[a-z]/.test(body) && /[A-Z]/.test(body) && /[0-9]/.test(body) ? true : 'not mixed case and digits: not a random token';
  },
  entropy: 3.5,
  prefix: 's.',
  examples: () => ({
    match: [`vault_token: s.${fakeChars(ALNUM, 24, 'legacy')}`, `VAULT_TOKEN="s.${fakeChars(ALNUM, 24, 'ns')}.${fakeChars(ALNUM, 5, 'nsid')}" vault kv get secret/app`],
    noMatch: [
      'vault: s.makeKubeConfigController = args',
      'vault: s.THISSTRINGISALLUPPERCASE',
      `token: s.${fakeChars(ALNUM, 24, 'novault')}`,
    ],
  }),
};

const uuid = (salt: string) =>
  `${fakeChars('0123456789abcdef', 8, salt)}-${fakeChars('0123456789abcdef', 4, `${salt}1`)}-4${fakeChars('0123456789abcdef', 3, `${salt}2`)}-b${fakeChars('0123456789abcdef', 3, `${salt}3`)}-${fakeChars('0123456789abcdef', 12, `${salt}4`)}`;

/**
 * An AppRole secret_id is a UUID; with the (non-secret) role_id it logs in to Vault. `secret_id` is a common
 * name, so Vault or AppRole must be mentioned within a few lines of it.
 */
export const hashicorpVaultAppRoleSecretId: PatternRule = {
  kind: 'pattern',
  id: 'hashicorp-vault-approle-secret-id',
  title: 'HashiCorp Vault AppRole secret_id',
  category: 'secret',
  severity: 'error',
  description: 'A Vault AppRole secret_id next to Vault configuration; with the role_id it logs in and receives a token with the role\'s policies.',
  remediation:
    'Destroy the secret_id (vault write auth/approle/role/<role>/secret-id/destroy) and deliver secret_ids at run time with response wrapping and a short secret_id_ttl, or switch the workload to a platform auth method.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless the role sets secret_id_ttl or secret_id_num_uses',
  replacement: REPLACEMENT,
  keywords: ['secret_id', 'secret-id', 'secretid'],
  ...keyedSecret({ names: '', keys: 'secret[_-]?id', value: UUID, after: /[0-9a-z-]/i, near: /vault|approle/i }),
  entropy: 3.0,
  examples: () => ({
    match: [
      `vault:\n  auth: approle\n  role_id: ${uuid('role')}\n  secret_id: ${uuid('secret')}`,
      `VAULT_ADDR=https://vault.acme.internal:8200\nVAULT_SECRET_ID="${uuid('env')}"`,
    ],
    noMatch: [`oauth:\n  client_id: abc\n  secret_id: ${uuid('oauth')}`, 'vault secret_id = ${VAULT_SECRET_ID}'],
  }),
};
