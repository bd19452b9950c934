import type { PatternRule } from '../../index.js';
import { ALNUM, BASE64, BASE64URL, HEX_UPPER, fakeChars } from '../testing/fake.js';

/**
 * Atlassian Cloud API tokens (ATATT3…) are about 190 URL-safe characters ending in `=` and 8 uppercase hex
 * characters. The trailer looks like a checksum, but Atlassian has not published how it is computed (it is not
 * a plain CRC32 of the body), so it is matched, not verified.
 */
export function fakeAtlassianToken(prefix: string, salt = ''): string {
  return `${prefix}3xFfG${fakeChars(BASE64URL, 172, prefix + salt)}=${fakeChars(HEX_UPPER, 8, prefix + salt)}`;
}

export const atlassianApiToken: PatternRule = {
  kind: 'pattern',
  id: 'atlassian-api-token',
  title: 'Atlassian Cloud API token',
  category: 'secret',
  severity: 'error',
  description:
    'An Atlassian Cloud API token (ATATT3…), which with the owner\'s e-mail address acts as that user in Jira, Confluence and the other Atlassian Cloud products.',
  remediation:
    'Revoke it at id.atlassian.com > Security > API tokens and keep the replacement in a secret manager; for integrations prefer an OAuth 2.0 (3LO) or Forge app, or a scoped token with the shortest expiry that works.',
  lifetime: 'long',
  lifetimeDetail: 'expires on the date set at creation, at most 1 year',
  replacement: 'OAuth 2.0 (3LO) or Forge apps with scoped, refreshable access',
  keywords: ['atatt3'],
  pattern: /(?<![A-Za-z0-9_-])(ATATT3[A-Za-z0-9_-]{150,220}=[A-F0-9]{8})(?![A-Za-z0-9_=-])/,
  entropy: 4.0,
  prefix: 'ATATT3',
  examples: () => ({
    match: [
      `JIRA_API_TOKEN=${fakeAtlassianToken('ATATT')}`,
      `jira = JIRA(server="https://acme.atlassian.net", basic_auth=("ops@acme.test", "${fakeAtlassianToken('ATATT', 'py')}"))`,
      `confluence:\n  token: '${fakeAtlassianToken('ATATT', 'yaml')}'`,
    ],
    noMatch: ['JIRA_API_TOKEN="ATATT3xFfGF0..."', 'JIRA_API_TOKEN=ATATT3xFfGF0-EXAMPLE-NOT-A-REAL-TOKEN', `token = "${fakeAtlassianToken('ATATT').slice(0, 120)}"`],
  }),
};

/** `<12-digit token id>:` followed by 20 random bytes, base64-encoded: the Data Center PAT layout. */
function dataCenterPatValid(secret: string): true | string {
  const b64 = secret.startsWith('BBDC-') ? secret.slice(5) : secret;
  let raw: string;
  try {
    raw = atob(b64);
  } catch {
    return 'not base64';
  }
  return raw.length === 33 && /^\d{12}:/.test(raw) ? true : 'does not decode to <token id>:<secret>: not a Data Center token';
}

function fakeDataCenterPat(salt: string): string {
  const id = fakeChars('0123456789', 12, salt);
  const bytes = Array.from(fakeChars(ALNUM + '!#$%&()*,;<>?@[]^{|}~', 20, `${salt}b`), (c) => String.fromCharCode(c.charCodeAt(0) + 64)).join('');
  return btoa(`${id}:${bytes}`);
}

/**
 * Jira, Confluence and Bitbucket Data Center personal access tokens: 44 base64 characters that decode to a
 * 12-digit token id, a colon and 20 random bytes (Bitbucket adds a `BBDC-` prefix). The decoding check makes a
 * chance match practically impossible, so the product name may be a few lines away (a server URL above the
 * token in a config file).
 */
export const atlassianDataCenterPat: PatternRule = {
  kind: 'pattern',
  id: 'atlassian-data-center-pat',
  title: 'Jira, Confluence or Bitbucket Data Center personal access token',
  category: 'secret',
  severity: 'error',
  description:
    'A personal access token for a self-managed Jira, Confluence or Bitbucket Data Center instance; it acts with its owner\'s permissions on that instance.',
  remediation:
    'Revoke it under Profile > Personal access tokens (or HTTP access tokens in Bitbucket) and give the integration a new token with an expiry, read from a secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set at creation',
  keywords: ['jira', 'confluence', 'bitbucket', 'atlassian', 'bbdc-'],
  linesAround: 2,
  pattern: /(?<![A-Za-z0-9+/-])((?:BBDC-)?[MNO][A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=])/,
  validate: dataCenterPatValid,
  examples: () => ({
    match: [
      `JIRA_URL=https://jira.acme.internal\nJIRA_TOKEN=${fakeDataCenterPat('jira')}`,
      `# confluence bearer token\nheaders = {"Authorization": "Bearer ${fakeDataCenterPat('conf')}"}`,
      `bitbucket:\n  url: https://git.acme.internal:7990\n  token: BBDC-${fakeDataCenterPat('bbdc')}`,
    ],
    noMatch: [
      // right length and alphabet, but it does not decode to "<id>:<secret>"
      `JIRA_TOKEN=M${fakeChars(BASE64, 43, 'jira-bad')}`,
      `JIRA_TOKEN=${fakeDataCenterPat('no-context')}`.replace('JIRA_TOKEN', 'TOKEN'),
      'confluence key: MAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    ],
  }),
};
