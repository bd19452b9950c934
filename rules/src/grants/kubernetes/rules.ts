/**
 * The Kubernetes RBAC grant rules; `rbac.ts` reads and judges, each rule reports its share.
 */
import type { DocumentRule } from '../../rule.js';
import { reportIssues } from '../common.js';
import { isTerraform, isYamlLike } from '../files.js';
import { K8S_IDS, rbacIssues } from './rbac.js';

const base = {
  kind: 'document' as const,
  category: 'wildcard-grant' as const,
  lifetime: 'unknown' as const,
  tags: ['kubernetes', 'rbac'],
  appliesTo: (path: string) => isYamlLike(path) || isTerraform(path),
};

const role = (rules: string, kind = 'ClusterRole') =>
  `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: app\n  namespace: shop\nrules:\n${rules}`;

export const k8sRbacWildcard: DocumentRule = {
  ...base,
  id: K8S_IDS.wildcard,
  title: 'Kubernetes RBAC rule with a wildcard',
  severity: 'error',
  description: 'A Role or ClusterRole rule with "*" in verbs, resources or apiGroups grants everything of that kind, including permissions added to the cluster later (Secrets, escalate, impersonate, custom resources).',
  remediation: 'List the verbs, resources and API groups the workload uses; read-only access is get, list, watch. `kubectl auth can-i --list --as=system:serviceaccount:NS:NAME` shows what a subject really needs.',
  keywords: ['rules', 'rule'],
  check: (ctx) => reportIssues(ctx, K8S_IDS.wildcard, rbacIssues(ctx)),
  examples: () => ({
    match: [
      { text: role('- apiGroups: [""]\n  resources: ["pods"]\n  verbs: ["*"]\n'), path: 'rbac.yaml' },
      { text: role('- apiGroups:\n  - "*"\n  resources:\n  - "*"\n  verbs:\n  - get\n', 'Role'), path: 'chart/templates/role.yaml' },
      { text: 'resource "kubernetes_cluster_role" "ops" {\n  metadata {\n    name = "ops"\n  }\n  rule {\n    api_groups = ["*"]\n    resources  = ["*"]\n    verbs      = ["*"]\n  }\n}\n', path: 'k8s.tf' },
    ],
    noMatch: [
      { text: role('- apiGroups: [""]\n  resources: ["configmaps"]\n  verbs: ["get", "list", "watch"]\n'), path: 'rbac.yaml' },
      { text: 'kind: ConfigMap\nmetadata:\n  name: rules\ndata:\n  rules: "*"\n', path: 'cm.yaml' },
    ],
  }),
};

export const k8sRbacPrivilegeEscalation: DocumentRule = {
  ...base,
  id: K8S_IDS.escalation,
  title: 'Kubernetes RBAC rule allows privilege escalation',
  severity: 'error',
  description: 'The escalate, bind and impersonate verbs, writes to admission webhook configurations, minting service-account tokens, nodes/proxy, and approving certificate signing requests each let the holder get permissions it was not given.',
  remediation: 'Remove the verb or resource; controllers that must bind roles should be limited with resourceNames to the roles they manage.',
  keywords: ['escalate', 'bind', 'impersonate', 'webhookconfigurations', 'serviceaccounts/token', 'nodes/proxy', 'certificatesigningrequests'],
  check: (ctx) => reportIssues(ctx, K8S_IDS.escalation, rbacIssues(ctx)),
  examples: () => ({
    match: [
      { text: role('- apiGroups: ["rbac.authorization.k8s.io"]\n  resources: ["clusterroles"]\n  verbs: ["bind", "escalate"]\n'), path: 'rbac.yaml' },
      { text: role('- apiGroups: [""]\n  resources: ["serviceaccounts"]\n  verbs: ["impersonate"]\n'), path: 'rbac.yml' },
    ],
    noMatch: [
      { text: role('- apiGroups: ["rbac.authorization.k8s.io"]\n  resources: ["clusterroles"]\n  verbs: ["get", "list"]\n# bind is not granted\n'), path: 'rbac.yaml' },
    ],
  }),
};

export const k8sRbacSecretsOrExec: DocumentRule = {
  ...base,
  id: K8S_IDS.sensitive,
  title: 'Kubernetes RBAC rule reads Secrets or execs into pods',
  severity: 'warning',
  description: 'Reading Secrets hands over the credentials of every workload in scope; pods/exec and pods/attach let the holder run commands as any pod and use its service account.',
  remediation: 'Mount only the Secrets a workload needs (no RBAC read access is required for that); limit Secret reads with resourceNames; keep exec for break-glass roles.',
  keywords: ['secrets', 'pods/exec', 'pods/attach'],
  check: (ctx) => reportIssues(ctx, K8S_IDS.sensitive, rbacIssues(ctx)),
  examples: () => ({
    match: [{ text: role('- apiGroups: [""]\n  resources: ["secrets"]\n  verbs: ["get", "list"]\n', 'Role'), path: 'role.yaml' }],
    noMatch: [{ text: role('- apiGroups: [""]\n  resources: ["configmaps"]\n  verbs: ["get"]\n# secrets are mounted, not read\n', 'Role'), path: 'role.yaml' }],
  }),
};

export const k8sRbacAdminBinding: DocumentRule = {
  ...base,
  id: K8S_IDS.binding,
  title: 'Kubernetes binding to cluster-admin, admin or a cluster-wide group',
  severity: 'error',
  description: 'A RoleBinding or ClusterRoleBinding that grants cluster-admin or admin, or grants any role to system:authenticated, system:unauthenticated, system:serviceaccounts or system:anonymous, hands broad control to many identities at once.',
  remediation: 'Bind a namespaced Role with the permissions needed to the one service account or group that needs them.',
  keywords: ['cluster-admin', 'admin', 'system:'],
  check: (ctx) => reportIssues(ctx, K8S_IDS.binding, rbacIssues(ctx)),
  examples: () => ({
    match: [
      { text: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ci\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: cluster-admin\nsubjects:\n  - kind: ServiceAccount\n    name: ci\n    namespace: ci\n', path: 'crb.yaml' },
      { text: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: view-all\nroleRef:\n  kind: ClusterRole\n  name: view\nsubjects:\n  - kind: Group\n    name: system:authenticated\n', path: 'crb.yaml' },
    ],
    noMatch: [
      { text: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: app\n  namespace: shop\nroleRef:\n  kind: Role\n  name: app-reader\nsubjects:\n  - kind: ServiceAccount\n    name: app\n# not cluster-admin\n', path: 'rb.yaml' },
    ],
  }),
};

export const kubernetesGrantRules: readonly DocumentRule[] = [k8sRbacWildcard, k8sRbacPrivilegeEscalation, k8sRbacSecretsOrExec, k8sRbacAdminBinding];
