import type { Rule } from '../../rule.js';
import { gcpAuthorizedUserCredentials, gcpServiceAccountKey } from './gcp.js';
import { privateKey } from './private-key.js';
import { jwt } from './jwt.js';
import { connectionStringPassword } from './connection-string.js';
import { npmrcAuthToken } from './npmrc.js';
import { dockerConfigAuth } from './docker-config.js';
import { netrcPassword, pypircPassword } from './config-files.js';
import { kubernetesSecret, kubernetesServiceAccountTokenSecret } from './kubernetes.js';
import { dotenvSecret } from './dotenv.js';
import { kubeconfigStaticCredential } from '../../tokens/kubeconfig.js';

/**
 * Structural detectors: the format (PEM armour, JWT, URL userinfo, a config file's syntax) identifies the
 * secret. Order matters only for ties on one span: the service-account key file before the bare private key, a kubeconfig user's token before the JWT rule,
 * the value-by-name fallbacks (Kubernetes Secret values, .env lines) last.
 */
export const structuredRules: Rule[] = [
  gcpServiceAccountKey,
  gcpAuthorizedUserCredentials,
  kubeconfigStaticCredential,
  privateKey,
  jwt,
  connectionStringPassword,
  npmrcAuthToken,
  dockerConfigAuth,
  netrcPassword,
  pypircPassword,
  kubernetesServiceAccountTokenSecret,
  kubernetesSecret,
  dotenvSecret,
];
