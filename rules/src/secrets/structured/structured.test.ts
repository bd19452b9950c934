/**
 * Behaviour of the structured detectors beyond their inline examples: exact ranges, per-value severity and
 * lifetime, decoding of Kubernetes data, and how the detectors divide values between them.
 */
import { describe, expect, it } from 'vitest';
import { Scanner } from '../../engine/scanner.js';
import type { Finding } from '../../finding.js';
import type { MatchContext } from '../../rule.js';
import { encodeBase64 } from '../../tokens/base64.js';
import { ALNUM, BASE64, fakeChars } from '../testing/fake.js';
import { structuredRules } from './index.js';
import { privateKey } from './private-key.js';
import { jwt, fakeJwt } from './jwt.js';
import { isDotenvPath } from './dotenv.js';
import { isLocalHost, placeholderSecret } from './common.js';

const scanner = new Scanner(structuredRules);
const scan = (text: string, path = 'file.txt') => scanner.scan(text, path, { explain: true });
const valueOf = (text: string, f: Finding) => text.slice(f.start, f.end);
const only = (text: string, path: string | undefined, id: string) => scan(text, path).findings.filter((f) => f.ruleId === id);

const pw = fakeChars(ALNUM, 16, 'structured-test');

function pem(label: string, body: string): string {
  return `-----BEGIN ${label}-----\n${body.replace(/(.{64})/g, '$1\n')}\n-----END ${label}-----`;
}
const rsaBody = `MIIEpAIBAAKCAQEA${fakeChars(BASE64, 1568, 'rsa-test')}`;

describe('connection-string-password', () => {
  it('reports the password alone, not the URL or the user', () => {
    const text = `DATABASE_URL=postgresql+psycopg2://orders:${pw}@db.prod.corp:5432/orders?sslmode=require`;
    const [f] = only(text, '.env.production', 'connection-string-password');
    expect(valueOf(text, f!)).toBe(pw);
    expect(f!.severity).toBe('error');
    expect(f!.message).not.toContain(pw);
  });

  it('keeps the last @ of the authority, so a raw @ in the password stays in it', () => {
    const text = `amqps://svc:${pw}@x@broker.corp.net:5671/vhost`;
    expect(valueOf(text, only(text, undefined, 'connection-string-password')[0]!)).toBe(`${pw}@x`);
  });

  it('downgrades a real-looking password on a local host to a warning and skips local defaults', () => {
    const text = `a = "mysql://root:${pw}@127.0.0.1:3306/app"\nb = "postgres://postgres:postgres@localhost/app"\nc = "redis://:${pw}@redis:6379/0"`;
    const found = only(text, undefined, 'connection-string-password');
    expect(found.map((f) => [f.line, f.severity])).toEqual([
      [1, 'warning'],
      [3, 'warning'],
    ]);
  });

  it('reads ADO.NET, JDBC, ODBC braces and StackExchange.Redis strings', () => {
    const cases = [
      `"Data Source=sql01;Initial Catalog=app;User ID=app;Password=${pw};"`,
      `jdbc:sqlserver://sql01:1433;databaseName=app;user=app;password=${pw};encrypt=true`,
      `"Driver={ODBC Driver 18};Server=sql01;Uid=app;PWD={${pw}};"`,
      `"cache.redis.cache.windows.net:6380,password=${pw},ssl=True,abortConnect=False"`,
      `"jdbc:postgresql://db.corp:5432/app?user=app&password=${pw}&ssl=true"`,
    ];
    for (const text of cases) {
      const found = only(text, 'appsettings.json', 'connection-string-password');
      expect(found.map((f) => valueOf(text, f)), text).toEqual([pw]);
    }
  });

  it('leaves code that passes a variable as password alone', () => {
    // nhilint-ignore connection-string-password -- test input with made-up passwords
    for (const text of ['login(user=name, password=password_from_vault)', 'connect(host=h, user=u, password=pw)', 'const u = `https://${user}:${pass}@host/x`']) {
      expect(only(text, 'app.py', 'connection-string-password'), text).toEqual([]);
    }
  });

  it('reports the token, not `x-oauth-basic`, in `TOKEN:x-oauth-basic@github.com`', () => {
    const token = fakeChars('0123456789abcdef', 40, 'gh');
    const text = `"dep": "git+https://${token}:x-oauth-basic@github.com/org/repo.git"`;
    const found = only(text, 'package.json', 'connection-string-password');
    expect(found.map((f) => valueOf(text, f))).toEqual([token]);
    expect(found[0]!.message).toContain('Access token');
  });

  it('reports a token used as the user name for a git host, but not a plain user name', () => {
    const token = fakeChars(ALNUM, 36, 'gl');
    const text = `git clone https://${token}@gitlab.com/group/app.git
git clone https://deploy@bitbucket.org/team/app.git`;
    expect(only(text, 'ci.sh', 'connection-string-password').map((f) => valueOf(text, f))).toEqual([token]);
  });
});

describe('private-key', () => {
  it('covers the block from BEGIN to END', () => {
    const key = pem('RSA PRIVATE KEY', rsaBody);
    const text = `# deploy key\n${key}\n# end\n`;
    const [f] = only(text, 'id_rsa', 'private-key');
    expect(valueOf(text, f!)).toBe(key);
    expect(f!.message).toContain('RSA private key, not encrypted');
  });

  it('says when a key is passphrase-protected and asks for a lower severity', () => {
    const key = pem('ENCRYPTED PRIVATE KEY', `MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI${fakeChars(BASE64, 1200, 'enc')}`);
    const [f] = only(key, 'key.pem', 'private-key');
    expect(f!.message).toContain('protected by a passphrase');
    const ctx = {} as MatchContext;
    expect(privateKey.severityOf?.(key, ctx)).toBe('warning');
    expect(privateKey.severityOf?.(pem('RSA PRIVATE KEY', rsaBody), ctx)).toBeUndefined();
  });

  it('reads a PuTTY key written with \\n escapes', () => {
    const ppk = `PuTTY-User-Key-File-3: ssh-ed25519\\nEncryption: none\\nComment: ci\\nPublic-Lines: 2\\nAAAAC3NzaC1lZDI1NTE5AAAAI${fakeChars(BASE64, 40, 'pub')}\\nPrivate-Lines: 1\\n${fakeChars(BASE64, 44, 'ppk')}\\nPrivate-MAC: ${fakeChars('0123456789abcdef', 64, 'mac')}`;
    const text = `{"ppk": "${ppk}"}`;
    const [f] = only(text, 'keys.json', 'private-key');
    expect(f!.message).toContain('PuTTY private key, not encrypted');
  });

  it('finds a key written with \\n escapes inside a JSON string', () => {
    const key = pem('PRIVATE KEY', `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${fakeChars(BASE64, 1560, 'json')}`).replace(/\n/g, '\\n');
    const text = `{"tls": {"key": "${key}\\n"}}`;
    const [f] = only(text, 'config.json', 'private-key');
    expect(valueOf(text, f!)).toBe(key);
  });

  it('ignores public keys, certificates, placeholders and bodies that are not key material', () => {
    const texts = [
      pem('PUBLIC KEY', `MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${fakeChars(BASE64, 350, 'pub')}`),
      pem('CERTIFICATE REQUEST', `MIICijCCAXICAQAwRTEL${fakeChars(BASE64, 900, 'csr')}`),
      pem('RSA PRIVATE KEY', '...'),
      pem('PRIVATE KEY', 'A'.repeat(600)),
      pem('RSA PRIVATE KEY', fakeChars(BASE64, 600, 'notder').replace(/^./, 'Q')),
    ];
    for (const text of texts) expect(only(text, 'k.pem', 'private-key'), text.slice(0, 40)).toEqual([]);
  });

  it('leaves a service-account key file to gcp-service-account-key', () => {
    const key = pem('PRIVATE KEY', `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${fakeChars(BASE64, 1560, 'sa')}`).replace(/\n/g, '\\n');
    const text = `{"type": "service_account", "project_id": "p", "private_key": "${key}\\n", "client_email": "ci@p.iam.gserviceaccount.com"}`;
    const ids = scan(text, 'sa.json').findings.map((f) => f.ruleId);
    expect(ids).toEqual(['gcp-service-account-key']);
    const [f] = scan(text, 'sa.json').findings;
    expect(f!.category).toBe('long-lived-token');
    expect(f!.message).toContain('ci@p.iam.gserviceaccount.com');
  });
});

describe('jwt', () => {
  it('reports the token with lifetime from its claims and a message without other claims', () => {
    const token = fakeJwt({ iss: 'https://login.corp.test/', sub: 'alice@corp.test', iat: 1_700_000_000, exp: 1_700_000_000 + 30 * 86_400 });
    const text = `Authorization: Bearer ${token}`;
    const [f] = only(text, undefined, 'jwt');
    expect(valueOf(text, f!)).toBe(token);
    expect(f!.lifetime).toBe('long');
    expect(f!.expiresAt).toBe('2023-12-14T22:13:20.000Z');
    expect(f!.message).toContain('issued by https://login.corp.test/');
    expect(f!.message).not.toContain('alice');
  });

  it('calls a token without exp static and an unsigned one a warning', () => {
    const none = fakeJwt({ sub: 'admin' }, 'none');
    const [f] = only(`t = "${none}"`, undefined, 'jwt');
    expect(f!.lifetime).toBe('static');
    expect(jwt.severityOf?.(none, {} as MatchContext)).toBe('warning');
  });

  it('asks for a warning for an expired token', () => {
    const expired = fakeJwt({ sub: 'svc', iat: 1_500_000_000, exp: 1_500_003_600 });
    expect(jwt.severityOf?.(expired, { now: Date.UTC(2025, 0, 1) } as unknown as MatchContext)).toBe('warning');
    const live = fakeJwt({ sub: 'svc', iat: 1_500_000_000 });
    expect(jwt.severityOf?.(live, {} as MatchContext)).toBeUndefined();
  });

  it('decodes a JWT that was base64-encoded once more', () => {
    const wrapped = encodeBase64(fakeJwt({ iss: 'kubernetes/serviceaccount' }, 'RS256'));
    const [f] = only(`token: ${wrapped}`, 'kubeconfig.yaml', 'jwt');
    expect(f!.message).toContain('Kubernetes service-account token');
    expect(f!.message).toContain('base64-encoded');
  });
});

describe('kubernetes-secret', () => {
  const sa = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: builder-token\n  namespace: ci\ntype: kubernetes.io/service-account-token\n`;

  it('reports each data value on its encoded text and lets provider rules name decoded content', () => {
    const password = encodeBase64(pw);
    const key = encodeBase64(`${pem('RSA PRIVATE KEY', rsaBody)}\n`);
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\n  namespace: prod\ndata:\n  db-password: ${password}\n  tls.key: ${key}\n  username: ${encodeBase64('orders')}\n`;
    const found = scan(text, 'secret.yaml').findings;
    expect(found.map((f) => [f.ruleId, valueOf(text, f)])).toEqual([
      ['kubernetes-secret', password],
      ['private-key', key],
    ]);
    expect(found[0]!.resource).toBe('Secret/prod/app');
    expect(found[0]!.message).toContain('db-password');
  });

  it('notes a document that does not parse and still checks the others', () => {
    const text = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: broken\nstringData:\n  a: [unclosed\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: ok\nstringData:\n  token: "${pw}"\n`;
    const result = scan(text, 'secrets.yaml');
    expect(result.notices.map((n) => n.kind)).toEqual(['parse-error']);
    expect(result.notices[0]!.line).toBeLessThan(8);
    expect(result.findings.map((f) => valueOf(text, f))).toEqual([pw]);
  });

  it('skips templated, empty, referenced and public values', () => {
    const cert = encodeBase64('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const text = `kind: Secret\nmetadata:\n  name: {{ include "x" . }}\ndata:\n  password: {{ .Values.pw | b64enc | quote }}\n  empty: ""\n  ca.crt: ${cert}\n  vault: ${encodeBase64('vault:secret/data/app#password')}\nstringData:\n  sops: ENC[AES256_GCM,data:abc=,type:str]\n  ref: "\${DB_PASSWORD}"\n`;
    const result = scan(text, 'templates/secret.yaml');
    expect(result.findings).toEqual([]);
    expect(result.notices).toEqual([]);
  });

  it('reads kubectl List output', () => {
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ kind: 'Secret', metadata: { name: 'x' }, data: { token: encodeBase64(pw) } }] }, null, 2);
    expect(only(text, 'dump.json', 'kubernetes-secret')).toHaveLength(1);
  });

  it('flags a service-account-token Secret on its type, even without data', () => {
    const [f] = only(sa, 'rbac.yaml', 'kubernetes-service-account-token-secret');
    expect(valueOf(sa, f!)).toBe('kubernetes.io/service-account-token');
    expect(f!.category).toBe('long-lived-token');
    expect(f!.replacement).toBe('TokenRequest API / projected service-account tokens');
    expect(f!.resource).toBe('Secret/ci/builder-token');
  });
});

describe('file-name rules', () => {
  it('knows which files are dotenv files', () => {
    for (const p of ['.env', 'app/.env.production', '.env.local', 'deploy/prod.env']) expect(isDotenvPath(p), p).toBe(true);
    for (const p of ['.env.example', '.env.sample', '.env.template', 'env.ts', 'environment.yaml', '.envrc', 'example.env']) expect(isDotenvPath(p), p).toBe(false);
  });

  it('reports a dotenv value on the value only', () => {
    const text = `export GITLAB_DEPLOY_TOKEN="${pw}" # ci\n`;
    const [f] = only(text, '.env', 'dotenv-secret');
    expect(valueOf(text, f!)).toBe(pw);
  });

  it('treats bare _auth keys as npm credentials only in npm config files', () => {
    const text = `_authToken=${pw}\n`;
    expect(only(text, '.npmrc', 'npmrc-auth-token')).toHaveLength(1);
    expect(only(text, 'notes.md', 'npmrc-auth-token')).toHaveLength(0);
  });
});

describe('shared value tests', () => {
  it('tells placeholders from passwords', () => {
    for (const v of ['password', '${DB_PASS}', '$(PASS)', '{{ .Values.pw }}', '<password>', '****', 'xxxx', 'YOUR_PASSWORD', 'REPLACE_WITH_PASSWORD', 'changeme', '%s', 'ab']) {
      expect(placeholderSecret(v), v).toBeDefined();
    }
    for (const v of [pw, 'P@ssw0rd!2024', 'd7N8bs', 'correct-horse-battery']) expect(placeholderSecret(v), v).toBeUndefined();
  });

  it('knows local hosts', () => {
    for (const h of ['localhost', '127.0.0.1', '[::1]', 'host.docker.internal', 'db', 'api.localhost']) expect(isLocalHost(h), h).toBe(true);
    for (const h of ['db.prod.corp', '10.0.0.5', 'cluster0.mongodb.net']) expect(isLocalHost(h), h).toBe(false);
  });
});
