import type { LifetimeInfo, PatternRule } from '../../index.js';
import { ALNUM, fakeChars } from '../testing/fake.js';

export const jfrogApiKey: PatternRule = {
  kind: 'pattern',
  id: 'jfrog-api-key',
  title: 'JFrog Artifactory API key',
  category: 'secret',
  severity: 'error',
  description: 'A JFrog Artifactory API key (AKCp…), which acts as its user on the Artifactory instance: download, deploy and delete artifacts the user may touch.',
  remediation:
    'Revoke the API key in the JFrog user profile (JFrog has deprecated API keys) and move to access tokens with an expiry, or JFrog OIDC integration for CI.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  replacement: 'JFrog OIDC integration (GitHub Actions, GitLab CI/CD and others) issuing short-lived access tokens',
  keywords: ['akcp'],
  pattern: /(?<![A-Za-z0-9])(AKCp[A-Za-z0-9]{69})(?![A-Za-z0-9])/,
  entropy: 4.0,
  prefix: 'AKCp',
  examples: () => ({
    match: [`artifactory_api_key = "AKCp${fakeChars(ALNUM, 69, 'tf')}"`, `curl -H "X-JFrog-Art-Api: AKCp${fakeChars(ALNUM, 69, 'curl')}" https://acme.jfrog.io/artifactory/api/repositories`],
    noMatch: [
      'lowEntropy := AKCpXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      `partOfAlongUnrelatedBlob gYnkgAKCp${fakeChars(ALNUM, 69, 'blob')}VyZSB2`,
      `key = "AKCp${fakeChars(ALNUM, 59, 'short')}"`,
    ],
  }),
};

/** First 21 bytes of a reference token: `reftkn:<2-digit version>:<10-digit expiry, 0 = none>:`. */
function referenceHeader(token: string): RegExpExecArray | null {
  try {
    return /^reftkn:\d{2}:(\d{10}):$/.exec(atob(token.slice(0, 28)));
  } catch {
    return null;
  }
}

function referenceLifetime(token: string): LifetimeInfo | undefined {
  const m = referenceHeader(token);
  if (!m) return undefined;
  const exp = Number(m[1]);
  return exp === 0
    ? { lifetime: 'static', detail: 'never expires' }
    : { lifetime: 'long', detail: 'expires on the date set at creation', expiresAt: new Date(exp * 1000).toISOString() };
}

function fakeReferenceToken(expiry: string, salt: string): string {
  return btoa(`reftkn:01:${expiry}:${fakeChars(ALNUM, 27, salt)}`);
}

/**
 * JFrog reference tokens are 64 base64 characters encoding `reftkn:01:<expiry>:` and a random part; the header
 * is decoded to confirm the format and to read the expiry.
 */
export const jfrogReferenceToken: PatternRule = {
  kind: 'pattern',
  id: 'jfrog-reference-token',
  title: 'JFrog reference token',
  category: 'secret',
  severity: 'error',
  description: 'A JFrog Platform reference token (the short form of an access token), carrying the scopes of the access token it refers to.',
  remediation:
    'Revoke the token in the JFrog Platform (Administration > User management > Access tokens) and use JFrog OIDC integration for CI, or an expiring, narrowly scoped token from a secret store.',
  lifetime: 'unknown',
  lifetimeDetail: 'the expiry is encoded in the token',
  replacement: 'JFrog OIDC integration issuing short-lived access tokens',
  keywords: ['cmvmdgtuoj'],
  pattern: /(?<![A-Za-z0-9+/])(cmVmdGtuOj[A-Za-z0-9]{54})(?![A-Za-z0-9+/=])/,
  validate: (t) => (referenceHeader(t) ? true : 'does not decode to a reference token header'),
  lifetimeOf: referenceLifetime,
  examples: () => ({
    match: [
      `export ARTIFACTORY_TOKEN=${fakeReferenceToken('0000000000', 'never')}`,
      `artifactory:\n  url: https://acme.jfrog.io\n  reference_token: ${fakeReferenceToken('1798761600', 'dated')}`,
    ],
    noMatch: ['lowEntropy := cmVmdXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', `token: cmVmdGtuOjAxOjAwMDAwMDAwMDA6${fakeChars(ALNUM, 10, 'cut')}`],
  }),
};
