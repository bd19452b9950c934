import type { Rule } from '../../rule.js';
import { clojarsDeployToken } from './clojars.js';
import { cloudsmithApiKey, cloudsmithLegacyApiKey } from './cloudsmith.js';
import { cratesIoApiToken } from './crates.js';
import { dockerHubAccessToken, dockerSwarmToken } from './docker.js';
import { jfrogApiKey, jfrogReferenceToken } from './jfrog.js';
import { npmAccessToken } from './npm.js';
import { nugetApiKey } from './nuget.js';
import { packagecloudToken } from './packagecloud.js';
import { pypiApiToken } from './pypi.js';
import { rubygemsApiKey } from './rubygems.js';
import { sidekiqGemCredentials } from './sidekiq.js';

export const packageRegistriesRules: Rule[] = [
  npmAccessToken,
  pypiApiToken,
  rubygemsApiKey,
  nugetApiKey,
  dockerHubAccessToken,
  dockerSwarmToken,
  jfrogApiKey,
  jfrogReferenceToken,
  cloudsmithApiKey,
  cratesIoApiToken,
  clojarsDeployToken,
  sidekiqGemCredentials,
  cloudsmithLegacyApiKey,
  packagecloudToken,
];
