import type { DocumentContext, DocumentRule } from '../../index.js';
import type { Node } from 'yaml';
import { isSeq } from 'yaml';
import { mapEntries, mapGet, overlapsTemplate, parseYaml, scalarContentRange, scalarText, type ParsedYaml } from '../../parse/yaml.js';
import { decodeBase64Bytes, decodeBase64Text, encodeBase64, printableShare } from '../../tokens/base64.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { localDefaultSecret, placeholderSecret } from './common.js';

/**
 * Kubernetes Secret manifests (YAML streams, JSON, `kind: List` output of kubectl, Helm templates). Every
 * `data` value is decoded and handed to the pattern rules first, so that a private key or a registry login
 * inside is named for what it is; what no provider rule names is reported as a Secret value. `stringData`
 * values are reported as written. A Secret of type service-account-token is a separate finding: it asks the
 * control plane for a token that never expires.
 */

const SECRET_KIND = /^secret$/i;
const MANIFEST_PATH = /\.(?:ya?ml|json|tpl|j2|jinja2?|gotmpl)$/;
/** Keys whose value is configuration, not a credential, unless it embeds one (a URL with a password). */
const NON_SECRET_KEY =
  /^(?:user(?:name)?|login|email|e-mail|host(?:name)?|port|url|uri|endpoint|address|database|db(?:name)?|db[_-]?name|namespace|region|bucket|name|server|cluster|schema|ca\.crt|ca\.pem|ca-bundle\.crt|ca\.bundle|tls\.crt|service-ca\.crt|known_hosts|[\w.-]*\.(?:crt|cer|pub))$/i;
/** Values that point at a secret held elsewhere (Vault webhooks, vals, SOPS, cloud secret managers). */
const REFERENCE = /^(?:vault:|ref\+|ENC\[|arn:aws[\w-]*:(?:secretsmanager|ssm):|projects\/[^/\s]+\/secrets\/|azurekeyvault:|op:\/\/|sm:\/\/|gcpsm:\/\/|awssm:\/\/|\$\{)/;
const PUBLIC_MATERIAL = /^-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|CERTIFICATE REQUEST|NEW CERTIFICATE REQUEST|X509 CRL|PGP PUBLIC KEY BLOCK)-----|^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d{3}) AAAA/;
const URL_WITH_PASSWORD = /:\/\/[^/\s:@]{0,128}:[^/\s@]{1,256}@/;

export const SA_TOKEN_TYPE = 'kubernetes.io/service-account-token';

interface SecretObject {
  node: Node;
  name: string;
  namespace?: string;
  docStart: number;
}

function parsed(ctx: DocumentContext): ParsedYaml {
  return ctx.cache('parse/yaml', () => parseYaml(ctx.text));
}

function looksLikeSecretManifest(text: string): boolean {
  return /(?:^|[\s{,])["']?kind["']?[ \t]*:[ \t]*["']?(?:secret|[A-Za-z]*list)["']?[ \t]*(?:[,}\r\n#]|$)/im.test(text);
}

/** Secret objects of every document that parses; a Secret document that does not parse is a notice. */
function secretsOf(ctx: DocumentContext): SecretObject[] {
  return ctx.cache('kubernetes/secrets', () => {
    const out: SecretObject[] = [];
    if (!looksLikeSecretManifest(ctx.text)) return out;
    const { documents, fatal, truncated } = parsed(ctx);
    if (fatal) {
      ctx.notice('parse-error', `YAML could not be read: ${fatal.message}`, fatal.offset);
      return out;
    }
    if (truncated) ctx.notice('partial', `only the first ${documents.length} YAML documents were checked for Kubernetes Secrets`);
    for (const d of documents) {
      const root = d.doc.contents as Node | null;
      if (d.errors.length > 0) {
        if (looksLikeSecretManifest(ctx.text.slice(d.start, d.end))) {
          const e = d.errors[0]!;
          ctx.notice('parse-error', `a YAML document with a Kubernetes Secret does not parse (${e.message}); it was not checked`, e.offset);
        }
        continue;
      }
      const candidates: Node[] = [];
      const kind = scalarText(mapGet(root, 'kind')) ?? '';
      if (SECRET_KIND.test(kind)) candidates.push(root!);
      else if (/list$/i.test(kind)) {
        const items = mapGet(root, 'items');
        if (items && isSeq(items)) for (const item of items.items) if (SECRET_KIND.test(scalarText(mapGet(item as Node, 'kind')) ?? '')) candidates.push(item as Node);
      }
      for (const node of candidates) {
        const meta = mapGet(node, 'metadata');
        out.push({ node, name: scalarText(mapGet(meta, 'name')) ?? '(unnamed)', namespace: scalarText(mapGet(meta, 'namespace')), docStart: d.start });
      }
    }
    return out;
  });
}

function checkSecrets(ctx: DocumentContext): void {
  // secretsOf() parses only files that look like Secret manifests; parse nothing before asking it.
  const secrets = secretsOf(ctx);
  if (secrets.length === 0) return;
  const { templates } = parsed(ctx);
  for (const secret of secrets) {
    const label = `Kubernetes Secret "${secret.name}"`;
    for (const field of ['data', 'binaryData', 'stringData'] as const) {
      for (const { key, value } of mapEntries(mapGet(secret.node, field))) {
        const raw = scalarText(value);
        const range = value ? scalarContentRange(value, ctx.text) : undefined;
        if (raw === undefined || !range || raw.trim() === '') continue;
        const [start, end] = range;
        const written = ctx.text.slice(start, end);
        if (overlapsTemplate(templates, start, end)) {
          ctx.drop(start, written, 'Helm / template expression');
          continue;
        }
        if (REFERENCE.test(raw.trim())) {
          ctx.drop(start, written, 'reference to a secret held elsewhere');
          continue;
        }
        const encoded = field !== 'stringData';
        let plain = raw;
        let binary = false;
        if (encoded) {
          const bytes = decodeBase64Bytes(raw.replace(/\s+/g, ''));
          if (!bytes) {
            ctx.drop(start, written, 'data value is not base64');
            continue;
          }
          const text = decodeBase64Text(raw.replace(/\s+/g, ''));
          binary = text === undefined || printableShare(text) < 0.9;
          plain = text ?? '';
          // Plain words in `data` (CHANGEME) decode to junk; the word itself says what it is.
          const word = binary ? placeholderSecret(raw) : undefined;
          if (word) {
            ctx.drop(start, written, `${word} (not base64 of anything)`);
            continue;
          }
        }
        if (!binary) {
          if (PUBLIC_MATERIAL.test(plain.trim())) {
            ctx.drop(start, written, 'certificate or public key');
            continue;
          }
          if (REFERENCE.test(plain.trim())) {
            ctx.drop(start, written, 'decoded value refers to a secret held elsewhere');
            continue;
          }
          // Decoded values may hold provider tokens, keys or registry logins: let those rules name them.
          if (encoded && ctx.scanDecoded(plain, { start, end }, `base64 data of ${label}`) > 0) continue;
        }
        if (NON_SECRET_KEY.test(key) && !URL_WITH_PASSWORD.test(plain)) {
          ctx.drop(start, written, `key "${key}" holds configuration, not a credential`);
          continue;
        }
        // Placeholder words mean something in a single value, not inside a decoded config file or binary.
        const structured = binary || plain.length > 200 || /[\n{]/.test(plain.trim());
        const placeholder = structured ? undefined : (placeholderSecret(plain) ?? localDefaultSecret(plain));
        if (placeholder) {
          ctx.drop(start, written, placeholder);
          continue;
        }
        ctx.report({
          start,
          end,
          secret: written,
          message: `${label}: ${encoded ? 'base64 ' : ''}${field} value "${key.slice(0, 80)}"`,
          resource: `Secret/${secret.namespace ? `${secret.namespace}/` : ''}${secret.name}`,
          envName: key.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase(),
        });
      }
    }
  }
}

function checkServiceAccountTokens(ctx: DocumentContext): void {
  const { templates } = parsed(ctx);
  for (const secret of secretsOf(ctx)) {
    const type = mapGet(secret.node, 'type');
    if (scalarText(type) !== SA_TOKEN_TYPE || !type) continue;
    const range = scalarContentRange(type, ctx.text);
    if (!range || overlapsTemplate(templates, range[0], range[1])) continue;
    const account = scalarText(mapGet(mapGet(mapGet(secret.node, 'metadata'), 'annotations'), 'kubernetes.io/service-account.name'));
    const resource = `Secret/${secret.namespace ? `${secret.namespace}/` : ''}${secret.name}`;
    ctx.report({
      start: range[0],
      end: range[1],
      identity: `${resource}#service-account-token`,
      resource,
      message: `Kubernetes Secret "${secret.name}" requests a non-expiring token${account ? ` for service account "${account.slice(0, 80)}"` : ''}`,
    });
  }
}

const b64 = (text: string) => encodeBase64(text);

export const kubernetesSecret: DocumentRule = {
  kind: 'document',
  id: 'kubernetes-secret',
  title: 'Kubernetes Secret with committed values',
  category: 'secret',
  severity: 'error',
  description: 'A Kubernetes Secret manifest carries its values in the repository; base64 in `data` is an encoding, not encryption.',
  remediation:
    'Rotate the values, remove them from the manifest and its history, and deliver them with External Secrets Operator, the Secrets Store CSI driver, Sealed Secrets or SOPS-encrypted files.',
  lifetime: 'static',
  lifetimeDetail: 'values stay valid until they are rotated',
  replacement: 'External Secrets Operator or the Secrets Store CSI driver reading from a secret manager, with workload identity for the pod',
  tags: ['fallback', 'kubernetes'],
  keywords: ['secret'],
  appliesTo: (path) => MANIFEST_PATH.test(path),
  check: checkSecrets,
  examples: () => ({
    match: [
      { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  username: ${b64('orders')}\n  password: ${b64(fakeChars(ALNUM, 18, 'k8s'))}\n`, path: 'deploy/secret.yaml' },
      { text: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  LOG_LEVEL: info\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: api\nstringData:\n  API_TOKEN: "${fakeChars(ALNUM, 32, 'sd')}"\n`, path: 'k8s/app.yml' },
      { text: `{"apiVersion":"v1","kind":"Secret","metadata":{"name":"smtp"},"data":{"SMTP_PASSWORD":"${b64(fakeChars(ALNUM, 16, 'js'))}"}}`, path: 'secret.json' },
      { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include "app.fullname" . }}\ndata:\n  signing-key: ${b64(fakeChars(ALNUM, 40, 'helm'))}\n  password: {{ .Values.password | b64enc | quote }}\n`, path: 'chart/templates/secret.yaml' },
    ],
    noMatch: [
      { text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  password: {{ .Values.password | b64enc }}\n', path: 'templates/secret.yaml' },
      { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: empty\ndata:\n  csrf: ""\nstringData:\n  password: "\${DB_PASSWORD}"\n  user: ${b64('admin')}\n`, path: 'secret.yaml' },
      { text: `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  data:\n    - secretKey: token\n      remoteRef:\n        key: prod/api\n`, path: 'externalsecret.yaml' },
      { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls\ntype: kubernetes.io/tls\ndata:\n  ca.crt: ${b64('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n')}\n`, path: 'tls.yaml' },
      { text: `kind: Secret\ndata:\n  password: ${b64(fakeChars(ALNUM, 18, 'md'))}\n`, path: 'README.md' },
    ],
  }),
};

export const kubernetesServiceAccountTokenSecret: DocumentRule = {
  kind: 'document',
  id: 'kubernetes-service-account-token-secret',
  title: 'Long-lived Kubernetes service-account token Secret',
  category: 'long-lived-token',
  severity: 'warning',
  description: 'A Secret of type kubernetes.io/service-account-token makes the control plane issue a token for the service account that never expires and survives until the Secret is deleted.',
  remediation:
    'Delete the Secret and let pods use projected service-account tokens (automatic, audience-bound, rotated hourly); for clients outside the cluster request tokens with `kubectl create token` / the TokenRequest API with a short duration.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until the Secret or the service account is deleted',
  replacement: 'TokenRequest API / projected service-account tokens',
  tags: ['kubernetes'],
  keywords: ['service-account-token'],
  appliesTo: (path) => MANIFEST_PATH.test(path),
  check: checkServiceAccountTokens,
  examples: () => ({
    match: [
      { text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci-deployer-token\n  annotations:\n    kubernetes.io/service-account.name: ci-deployer\ntype: kubernetes.io/service-account-token\n', path: 'rbac/token.yaml' },
      { text: '{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "build-robot"}, "type": "kubernetes.io/service-account-token"}', path: 'sa-secret.json' },
    ],
    noMatch: [
      { text: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: ci-deployer\nautomountServiceAccountToken: false\n', path: 'sa.yaml' },
      { text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: regular\ntype: Opaque\n# not a kubernetes.io/service-account-token\n', path: 'secret.yaml' },
    ],
  }),
};
