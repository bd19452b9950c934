import type { MatchContext, PatternRule } from '../../rule.js';
import { ALNUM, BASE64, fakeChars } from '../testing/fake.js';
import { inServiceAccountKey, placeholderSecret } from './common.js';
import { analysePrivateKey } from './private-key.js';

/**
 * Google credential files: a service-account key (`"type": "service_account"` with `private_key` and
 * `client_email`) and user Application Default Credentials (`"type": "authorized_user"` with a
 * `refresh_token`). Both are read as JSON by key name, also when the JSON is escaped inside another string.
 */

/** The key file's own structure proves what the value is, so a shorter (test) body still counts. */
const MIN_SA_BODY = 24;

function field(ctx: MatchContext, name: string): string | undefined {
  const around = ctx.text.slice(Math.max(0, ctx.secretStart - 4000), Math.min(ctx.text.length, ctx.secretStart + 12000));
  const re = new RegExp(`${name}\\\\{0,3}"\\s{0,4}:\\s{0,4}\\\\{0,3}"([^"\\\\\\s]{1,200})`);
  return re.exec(around)?.[1];
}

function validateServiceAccountKey(value: string, ctx: MatchContext): true | string {
  if (!inServiceAccountKey(ctx.text, ctx.secretStart)) return 'not inside a service-account key file (type service_account with client_email)';
  const info = analysePrivateKey(value.replace(/(?:\\{1,3}n)+$/, ''), MIN_SA_BODY);
  return typeof info === 'string' ? info : true;
}

function saKeyFile(email: string, body: string, compact = false): string {
  const key = `-----BEGIN PRIVATE KEY-----\\n${body.replace(/(.{64})/g, '$1\\n')}\\n-----END PRIVATE KEY-----\\n`;
  const fields: [string, string][] = [
    ['type', 'service_account'],
    ['project_id', 'acme-billing-prod'],
    ['private_key_id', fakeChars('0123456789abcdef', 40, email)],
    ['private_key', key],
    ['client_email', email],
    ['client_id', fakeChars('0123456789', 21, email)],
    ['token_uri', 'https://oauth2.googleapis.com/token'],
  ];
  return compact ? `{${fields.map(([k, v]) => `"${k}":"${v}"`).join(',')}}` : `{\n${fields.map(([k, v]) => `  "${k}": "${v}"`).join(',\n')}\n}\n`;
}

export const gcpServiceAccountKey: PatternRule = {
  kind: 'pattern',
  id: 'gcp-service-account-key',
  title: 'Google Cloud service-account key',
  category: 'long-lived-token',
  severity: 'error',
  description: 'A Google Cloud service-account key file (JSON with a private key) is committed; it authenticates as the service account from anywhere until the key is deleted.',
  remediation:
    'Delete the key in IAM (Service accounts > Keys), remove the file from the repository and its history, and authenticate workloads with workload identity federation, attached service accounts or service-account impersonation instead of key files; consider the iam.disableServiceAccountKeyCreation policy.',
  lifetime: 'static',
  lifetimeDetail: 'user-managed keys never expire unless an expiry policy is set',
  replacement: 'workload identity federation (GitHub/GitLab OIDC, AWS, Azure, Kubernetes) or attached service accounts',
  keywords: ['private_key'],
  pattern:
    /"private_key\\{0,3}"[ \t]{0,4}:[ \t]{0,4}\\{0,3}"(?<secret>-----BEGIN (?:RSA )?PRIVATE KEY-----[A-Za-z0-9+/=\\\s]{16,16000}-----END (?:RSA )?PRIVATE KEY-{2,5}(?:\\{1,3}n){0,2})/,
  validate: validateServiceAccountKey,
  skipCommonFilters: false,
  describe: (_value, ctx) => {
    const email = field(ctx, 'client_email');
    return email ? `Google Cloud service-account key for ${email}` : undefined;
  },
  // The account's e-mail is public configuration; inventories group the key under it.
  resourceOf: (_value, ctx) => {
    const email = field(ctx, 'client_email');
    return email ? `serviceAccount:${email}` : undefined;
  },
  prefix: '-----',
  examples: () => ({
    match: [
      { text: saKeyFile('ci-deployer@acme-billing-prod.iam.gserviceaccount.com', `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${fakeChars(BASE64, 1560, 'sa1')}`), path: 'credentials/sa.json' },
      `GOOGLE_CREDENTIALS='${saKeyFile('etl@acme-data.iam.gserviceaccount.com', `MIIEvgIBADANBgkqhkiG9w0BAQEFAASC${fakeChars(BASE64, 1560, 'sa2')}`, true)}'`,
    ],
    noMatch: [
      '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n", "client_email": "svc@your-project.iam.gserviceaccount.com"}',
      `{"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${fakeChars(BASE64, 200, 'nosa')}\\n-----END PRIVATE KEY-----\\n"}`,
      '{"type":"object","properties":{"type":{"const":"service_account"},"private_key":{"type":"string"},"client_email":{"type":"string"}}}',
    ],
  }),
};

function validateAuthorizedUser(value: string, ctx: MatchContext): true | string {
  const around = ctx.text.slice(Math.max(0, ctx.secretStart - 2000), Math.min(ctx.text.length, ctx.secretStart + 2000));
  if (!/authorized_user/.test(around) || !/client_secret/.test(around)) return 'not an authorized_user credentials file';
  return placeholderSecret(value) ?? true;
}

export const gcpAuthorizedUserCredentials: PatternRule = {
  kind: 'pattern',
  id: 'gcp-authorized-user-credentials',
  title: 'Google user credentials (refresh token)',
  category: 'long-lived-token',
  severity: 'error',
  description: 'An Application Default Credentials file of type authorized_user (from `gcloud auth application-default login`) is committed; its refresh token acts as that person on Google Cloud.',
  remediation:
    'Revoke it with `gcloud auth application-default revoke` (or in the Google account\'s third-party access page), remove the file, and keep ADC files in the user profile, never in the repository; CI should use workload identity federation.',
  lifetime: 'static',
  lifetimeDetail: 'a Google refresh token is valid until revoked (or unused for six months)',
  replacement: 'workload identity federation for automation; per-developer ADC kept outside the repository',
  keywords: ['refresh_token'],
  pattern: /"refresh_token\\{0,3}"[ \t]{0,4}:[ \t]{0,4}\\{0,3}"(?<secret>[A-Za-z0-9/_.+=-]{8,1024})/,
  validate: validateAuthorizedUser,
  examples: () => ({
    match: [
      `{\n  "client_id": "${fakeChars('0123456789', 12, 'cid')}-${fakeChars('abcdefghijklmnopqrstuvwxyz0123456789', 32, 'cid')}.apps.googleusercontent.com",\n  "client_secret": "${fakeChars(ALNUM, 24, 'cs')}",\n  "refresh_token": "1//${fakeChars(ALNUM, 100, 'rt')}",\n  "type": "authorized_user"\n}\n`,
      `{"type":"authorized_user","client_secret":"${fakeChars(ALNUM, 24, 'cs2')}","refresh_token":"1//${fakeChars(ALNUM, 90, 'rt2')}"}`,
    ],
    noMatch: [
      `{"access_token": "x", "refresh_token": "${fakeChars(ALNUM, 40, 'oauth')}", "token_type": "Bearer"}`,
      '{"type": "authorized_user", "client_secret": "${CLIENT_SECRET}", "refresh_token": "${REFRESH_TOKEN}"}',
    ],
  }),
};
