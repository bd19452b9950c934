import type { Rule } from '../../rule.js';
import { bitriseAccessToken } from './bitrise.js';
import { buildkiteAgentToken, buildkiteApiToken } from './buildkite.js';
import { circleciLegacyToken, circleciToken } from './circleci.js';
import { codecovToken } from './codecov.js';
import { dopplerToken } from './doppler.js';
import { harnessApiToken } from './harness.js';
import { infracostApiKey } from './infracost.js';
import { jenkinsApiToken } from './jenkins.js';
import { octopusDeployApiKey } from './octopus.js';
import { onePasswordSecretKey, onePasswordServiceAccountToken } from './onepassword.js';
import { pulumiAccessToken } from './pulumi.js';
import { snykApiToken } from './snyk.js';
import { sonarLegacyToken, sonarqubeToken } from './sonar.js';
import { terraformCloudApiToken } from './terraform.js';
import { travisCiToken } from './travis.js';
import { hashicorpVaultAppRoleSecretId, hashicorpVaultLegacyToken, hashicorpVaultToken } from './vault.js';

/** Prefixed formats first; keyword-context rules (no prefix) after them, so a prefixed match wins a tie. */
export const ciCdRules: Rule[] = [
  circleciToken,
  buildkiteApiToken,
  buildkiteAgentToken,
  octopusDeployApiKey,
  harnessApiToken,
  terraformCloudApiToken,
  hashicorpVaultToken,
  pulumiAccessToken,
  dopplerToken,
  onePasswordServiceAccountToken,
  onePasswordSecretKey,
  sonarqubeToken,
  infracostApiKey,
  hashicorpVaultLegacyToken,
  hashicorpVaultAppRoleSecretId,
  circleciLegacyToken,
  travisCiToken,
  jenkinsApiToken,
  codecovToken,
  snykApiToken,
  sonarLegacyToken,
  bitriseAccessToken,
];
