import type { PatternRule } from '../../index.js';
import { fakeAtlassianToken } from './atlassian.js';

/**
 * Bitbucket Cloud repository, project and workspace access tokens share the Atlassian token layout (ATCTT3…,
 * about 190 characters, `=` and 8 uppercase hex characters at the end).
 */
export const bitbucketAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'bitbucket-access-token',
  title: 'Bitbucket Cloud access token',
  category: 'secret',
  severity: 'error',
  description:
    'A Bitbucket Cloud repository, project or workspace access token (ATCTT3…), which can read and, with write scopes, push code and run pipelines.',
  remediation:
    'Revoke it under Repository (or Workspace) settings > Access tokens and store the new one as a secured pipeline variable or in a secret manager; in Pipelines use OIDC for cloud access.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set at creation',
  replacement: 'Bitbucket Pipelines OIDC for cloud deployments',
  keywords: ['atctt3'],
  pattern: /(?<![A-Za-z0-9_-])(ATCTT3[A-Za-z0-9_-]{150,220}=[A-F0-9]{8})(?![A-Za-z0-9_=-])/,
  entropy: 4.0,
  prefix: 'ATCTT3',
  examples: () => ({
    match: [
      `git clone https://x-token-auth:${fakeAtlassianToken('ATCTT')}@bitbucket.org/acme/app.git`,
      `BITBUCKET_TOKEN="${fakeAtlassianToken('ATCTT', 'env')}"`,
    ],
    noMatch: ['BITBUCKET_TOKEN=ATCTT3xFfGN0...', 'BITBUCKET_TOKEN=${BITBUCKET_ACCESS_TOKEN}'],
  }),
};
