/**
 * Kubeconfig files (`kind: Config`) whose users carry a standing credential: a static bearer `token`, a client
 * certificate's private key (`client-key-data`), a basic-auth `password` or an auth-provider refresh token.
 * Users that get credentials from an `exec` plugin (cloud CLIs, kubelogin) or whose token is a JWT that
 * expires within a day are not long-lived; the JWT rule still reports such a token as a secret.
 */
import { isMap, isSeq, type Node, type YAMLSeq } from 'yaml';
import type { DocumentContext } from '../engine/document.js';
import type { LifetimeInfo } from '../finding.js';
import type { DocumentRule } from '../rule.js';
import { mapGet, parseYaml, scalarContentRange, scalarText, type ParsedYaml } from '../parse/yaml.js';
import { decodeBase64Text, encodeBase64 } from './base64.js';
import { decodeJwt, describeJwt, jwtLifetime } from './jwt.js';
import { placeholderSecret } from '../secrets/structured/common.js';
import { ALNUM, BASE64, fakeChars } from '../secrets/testing/fake.js';

const KIND_CONFIG = /^[ \t{]*["']?kind["']?[ \t]*:[ \t]*["']?Config\b/m;
const MANIFEST = /\.(?:ya?ml|json)$/;
const PEM_KEY = /^-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;

export const KUBECONFIG_REGEXES: readonly RegExp[] = [KIND_CONFIG, MANIFEST, PEM_KEY];

function appliesTo(path: string): boolean {
  return MANIFEST.test(path) || path.includes('kubeconfig') || /(?:^|\/)\.kube\/config$/.test(path);
}

function parsed(ctx: DocumentContext): ParsedYaml {
  return ctx.cache('parse/yaml', () => parseYaml(ctx.text));
}

interface Field {
  key: string;
  what: string;
  lifetime: (value: string, now: number) => LifetimeInfo | string;
}

const STATIC_TOKEN: LifetimeInfo = { lifetime: 'static', detail: 'a static bearer token (token file or legacy service-account token) never expires' };

const FIELDS: Field[] = [
  {
    key: 'token',
    what: 'a bearer token',
    lifetime: (value, now) => {
      const jwt = decodeJwt(value);
      if (!jwt) return STATIC_TOKEN;
      const l = jwtLifetime(jwt, now);
      // Short-lived (kubectl create token, cloud CLIs' cached tokens): a secret, not a long-lived credential.
      return l.lifetime === 'short' ? 'token expires within 24 hours (the JWT rule reports it as a secret)' : { ...l, detail: `${describeJwt(jwt)}; ${l.detail}` };
    },
  },
  {
    key: 'client-key-data',
    what: 'a client certificate private key',
    lifetime: (value) => {
      const pem = decodeBase64Text(value.replace(/\s+/g, ''));
      if (!pem || !PEM_KEY.test(pem.trim())) return 'client-key-data does not decode to a PEM private key';
      return { lifetime: 'long', detail: 'valid until the client certificate expires (typically 1 year) and cannot be revoked before' };
    },
  },
  { key: 'password', what: 'a basic-auth password', lifetime: () => ({ lifetime: 'static', detail: 'never expires until changed' }) },
];

function check(ctx: DocumentContext): void {
  if (!KIND_CONFIG.test(ctx.text)) return;
  const p = parsed(ctx);
  if (p.fatal) return;
  const now = Date.now();
  for (const d of p.documents) {
    const root = d.doc.contents as Node | null;
    if (d.errors.length || !root || scalarText(mapGet(root, 'kind')) !== 'Config') continue;
    const users = mapGet(root, 'users');
    if (!users || !isSeq(users)) continue;
    for (const entry of (users as YAMLSeq<Node>).items) {
      if (!entry || !isMap(entry)) continue;
      const name = scalarText(mapGet(entry, 'name')) ?? '(unnamed)';
      const user = mapGet(entry, 'user');
      const fields = FIELDS.map((f) => ({ f, node: mapGet(user, f.key) }));
      const provider = mapGet(mapGet(user, 'auth-provider'), 'config');
      const refresh = mapGet(provider, 'refresh-token');
      for (const { f, node } of [...fields, { f: { key: 'refresh-token', what: 'an auth-provider refresh token', lifetime: (): LifetimeInfo => ({ lifetime: 'long', detail: 'valid until the identity provider revokes it' }) }, node: refresh }]) {
        const value = scalarText(node);
        const range = node && scalarContentRange(node, ctx.text);
        if (!value || !range) continue;
        const written = ctx.text.slice(range[0], range[1]);
        const placeholder = placeholderSecret(value);
        if (placeholder) {
          ctx.drop(range[0], written, placeholder);
          continue;
        }
        const lifetime = f.lifetime(value, now);
        if (typeof lifetime === 'string') {
          ctx.drop(range[0], written, lifetime);
          continue;
        }
        ctx.report({
          start: range[0],
          end: range[1],
          secret: written,
          resource: `kubeconfig user ${name.slice(0, 80)}`,
          message: `Kubeconfig user "${name.slice(0, 80)}" holds ${f.what} (${f.key})`,
          lifetime,
          envName: 'KUBE_TOKEN',
        });
      }
    }
  }
}

const kubeconfig = (user: string): string =>
  `apiVersion: v1\nkind: Config\nclusters:\n  - name: prod\n    cluster:\n      server: https://k8s.acme.dev:6443\ncontexts:\n  - name: prod\n    context:\n      cluster: prod\n      user: ci\ncurrent-context: prod\nusers:\n  - name: ci\n    user:\n${user}`;

const pemKey = (salt: string) => encodeBase64(`-----BEGIN RSA PRIVATE KEY-----\n${fakeChars(BASE64, 64, salt)}\n${fakeChars(BASE64, 64, `${salt}2`)}\n-----END RSA PRIVATE KEY-----\n`);

export const kubeconfigStaticCredential: DocumentRule = {
  kind: 'document',
  id: 'kubeconfig-static-credential',
  title: 'Kubeconfig with a standing user credential',
  category: 'long-lived-token',
  severity: 'error',
  description:
    'A kubeconfig file gives a user a static bearer token, a client certificate key, a password or a refresh token. Whoever has the file acts on the cluster as that user until the token is deleted or the certificate expires; client certificates cannot even be revoked.',
  remediation:
    'Remove the file from the repository and rotate the credential (delete the token Secret, or rotate the CA for certificates). Give people an exec plugin (aws eks get-token, gke-gcloud-auth-plugin, kubelogin) and workloads a short-lived token from the TokenRequest API (`kubectl create token`) or their cloud workload identity.',
  lifetime: 'static',
  lifetimeDetail: 'static tokens never expire; client certificates last until they expire (often 1 year)',
  replacement: 'exec credential plugins (cloud IAM, OIDC via kubelogin) and TokenRequest / projected service-account tokens',
  owasp: ['NHI7', 'NHI2'],
  cwe: ['CWE-798', 'CWE-262'],
  tags: ['kubernetes'],
  keywords: ['users'],
  appliesTo,
  check,
  examples: () => ({
    match: [
      { text: kubeconfig(`      token: ${fakeChars(ALNUM, 40, 'kubetoken')}\n`), path: 'deploy/kubeconfig.yaml' },
      { text: kubeconfig(`      client-certificate-data: ${encodeBase64('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n')}\n      client-key-data: ${pemKey('ckd')}\n`), path: '.kube/config' },
    ],
    noMatch: [
      { text: kubeconfig('      exec:\n        apiVersion: client.authentication.k8s.io/v1beta1\n        command: aws\n        args: [eks, get-token, --cluster-name, prod]\n'), path: 'kubeconfig.yaml' },
      { text: kubeconfig('      token: ${KUBE_TOKEN}\n'), path: 'kubeconfig.yaml' },
      { text: `kind: Deployment\nusers:\n  - name: ci\n    user:\n      token: ${fakeChars(ALNUM, 40, 'notcfg')}\n`, path: 'app.yaml' },
    ],
  }),
};
