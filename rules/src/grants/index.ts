/**
 * Wildcard and over-broad grants in infrastructure-as-code: AWS IAM (`aws/`), Kubernetes RBAC (`kubernetes/`),
 * GCP IAM (`gcp/`) and Azure RBAC (`azure/`). Every rule is a document rule over a position-keeping parse
 * (`../parse/`), in category `wildcard-grant`; `value.ts` gives all formats one positioned value tree, and
 * `match.ts` the one wildcard matcher.
 */
import type { Rule } from '../rule.js';
import { JS_LITERAL_REGEXES } from '../parse/js-literal.js';
import { POLICY_REGEXES } from './aws/policy.js';
import { SOURCE_REGEXES } from './aws/sources.js';
import { AZURE_REGEXES } from './azure/rbac.js';
import { FAST_YAML_REGEXES } from './fast-yaml.js';
import { FILE_REGEXES } from './files.js';
import { GCP_REGEXES } from './gcp/iam.js';
import { RBAC_REGEXES } from './kubernetes/rbac.js';
import { awsGrantRules } from './aws/rules.js';
import { azureGrantRules } from './azure/rbac.js';
import { gcpGrantRules } from './gcp/iam.js';
import { kubernetesGrantRules } from './kubernetes/rules.js';

export const grantRules: readonly Rule[] = [...awsGrantRules, ...kubernetesGrantRules, ...gcpGrantRules, ...azureGrantRules];

/** Every regex the grant rules and their parsers run on scanned text, for the ReDoS test. */
export const GRANT_REGEXES: readonly RegExp[] = [
  ...POLICY_REGEXES,
  ...SOURCE_REGEXES,
  ...RBAC_REGEXES,
  ...GCP_REGEXES,
  ...AZURE_REGEXES,
  ...FILE_REGEXES,
  ...JS_LITERAL_REGEXES,
  ...FAST_YAML_REGEXES,
];
