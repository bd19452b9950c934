/**
 * Long-lived credentials of non-human identities that are not a secret value in the file: CI pipelines that
 * sign in with stored static keys, Terraform resources that mint keys. (Kubeconfig users, service-account
 * token Secrets and GCP key files hold the value itself and sit with the structured secret rules, so that
 * they win over the JWT and private-key rules on the same span.)
 */
import type { Rule } from '../rule.js';
import { ciStaticCloudCredentials, CI_CREDENTIAL_REGEXES } from './ci-credentials.js';
import { terraformLongLivedKey } from './terraform-keys.js';
import { KUBECONFIG_REGEXES } from './kubeconfig.js';

export const nhiRules: Rule[] = [ciStaticCloudCredentials, terraformLongLivedKey];

/** Regexes these rules run on scanned text outside pattern rules, for the ReDoS test. */
export const NHI_REGEXES: readonly RegExp[] = [...CI_CREDENTIAL_REGEXES, ...KUBECONFIG_REGEXES];
