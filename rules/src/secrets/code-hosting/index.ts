import type { Rule } from '../../rule.js';
import { atlassianApiToken, atlassianDataCenterPat } from './atlassian.js';
import { bitbucketAccessToken } from './bitbucket.js';
import { giteaAccessToken } from './gitea.js';
import { githubAppInstallationToken, githubFineGrainedPat, githubLegacyToken, githubToken } from './github.js';
import { gitlabRules } from './gitlab.js';
import { sourcegraphAccessToken } from './sourcegraph.js';

export const codeHostingRules: Rule[] = [
  githubToken,
  githubFineGrainedPat,
  githubAppInstallationToken,
  githubLegacyToken,
  ...gitlabRules,
  atlassianApiToken,
  bitbucketAccessToken,
  atlassianDataCenterPat,
  giteaAccessToken,
  sourcegraphAccessToken,
];
