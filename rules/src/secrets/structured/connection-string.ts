import type { DocumentContext, DocumentRule } from '../../index.js';
import type { Severity } from '../../finding.js';
import { fakeChars, ALNUM } from '../testing/fake.js';
import { shannonEntropy } from '../../util/entropy.js';
import { isLocalHost, lineEndNear, lineStartNear, localDefaultSecret, placeholderSecret } from './common.js';

/**
 * Passwords inside connection strings: URL userinfo (`postgres://app:PASSWORD@db`), Oracle thin
 * (`jdbc:oracle:thin:app/PASSWORD@host`), and `Password=` keys of ADO.NET, ODBC, libpq, JDBC and
 * StackExchange.Redis strings. The URL is taken apart (scheme, userinfo, host) rather than matched whole, so
 * that the report covers the password alone and the host can say whether it is a developer's machine.
 *
 * A document rule rather than a pattern rule because one match decides its own severity: a real-looking
 * password for `localhost` is still reported, as a warning.
 */

const SCHEMES = new Set([
  'postgres', 'postgresql', 'pgsql', 'mysql', 'mysqlx', 'mariadb', 'mongodb', 'mongodb+srv', 'redis', 'rediss',
  'valkey', 'amqp', 'amqps', 'mssql', 'sqlserver', 'ldap', 'ldaps', 'ftp', 'ftps', 'sftp', 'smtp', 'smtps',
  'imap', 'imaps', 'pop3', 'pop3s', 'http', 'https', 'ws', 'wss', 'clickhouse', 'cockroachdb', 'neo4j', 'neo4j+s',
  'bolt', 'couchdb', 'oracle', 'db2', 'snowflake', 'nats', 'kafka', 'memcached', 'mqtt', 'mqtts', 'influxdb',
  'elasticsearch', 'opensearch', 'socks5', 'socks5h', 'socks4', 'ssh', 'svn', 'git', 'rabbitmq', 'vertica',
  'presto', 'trino', 'hive', 'hive2', 'cassandra', 'scylla', 'arangodb', 'rethinkdb', 'sybase', 'teradata',
  'firebird', 'cratedb', 'timescaledb', 'questdb', 'nntp', 'xmpp', 'irc', 'ircs', 'webdav', 'dav', 'davs',
]);

/** Git hosts where a long user name with no password is an access token. */
const GIT_HOSTS = /^(?:(?:[\w-]+\.)?github\.com|gitlab\.com|bitbucket\.org|dev\.azure\.com|[\w-]+\.visualstudio\.com|(?:[\w-]+\.)?ghe\.com)$/i;
const SCHEME_BEFORE = /(?:^|[^A-Za-z0-9+.:-])((?:jdbc:)?(?:[a-z][a-z0-9]{0,15}\+)?[a-z][a-z0-9]{1,20}(?:\+[a-z0-9]{1,20})?(?::[a-z][a-z0-9]{1,20})?)$/i;
/** Characters that end a URL authority when written in text (path, query, fragment, whitespace, quoting). */
const AUTHORITY_END = /[/?#\s"'`<>\\|^]/;
const KV_PASSWORD = /(?<![\w.$-])(?:password|passwd|pwd)[ \t]{0,3}=[ \t]{0,3}/gi;
const CLI_PASSWORD = /(?:^|\s)--password(?:=|[ \t]{1,4})/g;
const ORACLE_THIN = /jdbc:oracle:(?:thin|oci8?|kprb):([\w$#.-]{1,64})\/([^\s@/"'<>]{1,128})@(?:\/\/)?([\w.-]{1,253})/gi;
/** Other keys of a key=value connection string; one of them beside `Password=` makes it a connection string. */
const KV_CONTEXT =
  /(?:^|[;\s"'({,])(?:server|data[ _]source|host|hostname|address|addr|network[ _]address|initial[ _]catalog|database|databasename|dbname|uid|user[ _]?id|user|username|port|driver|dsn|provider|sslmode|endpoint|trusted_connection|encrypt)[ \t]{0,3}=/i;
const KV_HOST = /(?:^|[;\s"'])(?:server|data[ _]source|host|hostname|address|addr)[ \t]{0,3}=[ \t]{0,3}([^;\s"',]{1,200})/i;

interface Candidate {
  start: number;
  end: number;
  password: string;
  user?: string;
  host?: string;
  form: string;
  /** The value is an access token in the user slot (`TOKEN:x-oauth-basic@`, `TOKEN@github.com`). */
  token?: boolean;
}

function lineAround(text: string, at: number): { start: number; end: number; line: string } {
  const start = lineStartNear(text, at);
  const end = lineEndNear(text, at);
  return { start, end, line: text.slice(start, end) };
}

/** `scheme://user:password@host` at every `://` whose scheme names a service that takes credentials. */
function urlCandidates(text: string, out: Candidate[]): void {
  for (let i = text.indexOf('://'); i >= 0; i = text.indexOf('://', i + 3)) {
    const scheme = SCHEME_BEFORE.exec(text.slice(Math.max(0, i - 60), i))?.[1]?.toLowerCase();
    if (!scheme) continue;
    const bare = scheme.replace(/^jdbc:/, '').replace(/:.*$/, '');
    const names = [bare, bare.replace(/^[a-z0-9]+\+(?=[a-z])/, ''), bare.replace(/\+[a-z0-9]+$/, '')];
    if (!scheme.startsWith('jdbc:') && !names.some((n) => SCHEMES.has(n))) continue;
    const from = i + 3;
    let to = from;
    const limit = Math.min(text.length, from + 600);
    while (to < limit && !AUTHORITY_END.test(text[to]!)) to++;
    const authority = text.slice(from, to);
    const at = authority.lastIndexOf('@');
    if (at <= 0) continue;
    const userinfo = authority.slice(0, at);
    const colon = userinfo.indexOf(':');
    if (colon === userinfo.length - 1) continue;
    const hostPart = authority.slice(at + 1);
    const host0 = hostPart.split(/[:,;)]/)[0]!;
    if (colon < 0 && GIT_HOSTS.test(host0) && /^[A-Za-z0-9_-]{20,255}$/.test(userinfo)) {
      // `https://TOKEN@github.com/org/repo.git`: the user name is an access token.
      out.push({ start: from, end: from + at, password: userinfo, host: host0, form: `${scheme} URL (token as user name)`, token: true });
      continue;
    }
    if (colon < 0) continue;
    const pass = userinfo.slice(colon + 1);
    if (/^x-oauth-(?:basic|token)$/i.test(pass)) {
      // GitHub's `TOKEN:x-oauth-basic@` form: the secret is the user part.
      out.push({ start: from, end: from + colon, password: userinfo.slice(0, colon), host: host0, form: `${scheme} URL (token as user name)`, token: true });
      continue;
    }
    const host = hostPart.startsWith('[') ? hostPart.slice(0, hostPart.indexOf(']') + 1) : hostPart.split(/[:,;)]/)[0]!;
    if (!/^[\w.%\[\]:-]{1,253}$/.test(host)) continue;
    out.push({
      start: from + colon + 1,
      end: from + at,
      password: userinfo.slice(colon + 1),
      user: userinfo.slice(0, colon),
      host,
      form: `${scheme} URL`,
    });
  }
}

function oracleCandidates(text: string, out: Candidate[]): void {
  ORACLE_THIN.lastIndex = 0;
  for (let m = ORACLE_THIN.exec(text); m; m = ORACLE_THIN.exec(text)) {
    const start = m.index + m[0].indexOf('/') + 1;
    out.push({ start, end: start + m[2]!.length, password: m[2]!, user: m[1]!, host: m[3]!, form: 'Oracle JDBC URL' });
  }
}

/** The value after `Password=`: braces (ODBC), quotes, or up to the separator of the string's own syntax. */
function kvValue(text: string, from: number, stop: RegExp): { start: number; end: number } | undefined {
  const open = text[from];
  if (open === '{' || open === "'" || open === '"') {
    const close = open === '{' ? '}' : open;
    const end = text.indexOf(close, from + 1);
    if (end < 0 || end - from > 200 || text.slice(from + 1, end).includes('\n')) return undefined;
    return { start: from + 1, end };
  }
  let end = from;
  const limit = Math.min(text.length, from + 200);
  while (end < limit && !stop.test(text[end]!)) end++;
  return end > from ? { start: from, end } : undefined;
}

function kvCandidates(text: string, out: Candidate[]): void {
  KV_PASSWORD.lastIndex = 0;
  for (let m = KV_PASSWORD.exec(text); m; m = KV_PASSWORD.exec(text)) {
    const valueAt = m.index + m[0].length;
    const sep = m.index > 0 ? text[m.index - 1]! : '';
    const { start: lineStart, line } = lineAround(text, m.index);
    const before = text.slice(lineStart, m.index);
    // The token this key belongs to: back to the last blank or quote.
    let tokenStart = before.length;
    while (tokenStart > 0 && !/[\s"'`]/.test(before[tokenStart - 1]!)) tokenStart--;
    const token = before.slice(tokenStart);
    let stop: RegExp;
    let form: string;
    if ((sep === '?' || sep === '&') && /(?:[a-z][a-z0-9+.-]{1,30}:\/\/|jdbc:)/i.test(token)) {
      stop = /[&#\s"'`<>;]/;
      form = 'URL query parameter';
    } else if (sep === ',' && /redis|:63[78]\d|abortconnect|ssl=/i.test(line)) {
      stop = /[,\s"'`;]/;
      form = 'Redis connection string';
    } else if (/^[;\s"'({,]?$/.test(sep) && KV_CONTEXT.test(line.replace(/(?<![\w.$-])(?:password|passwd|pwd)[ \t]{0,3}=/gi, ''))) {
      // A bare value counts only inside a string or a `;` list: `password=pw` in code is a variable.
      const quoted = /["'{]/.test(text[valueAt] ?? '');
      const insideString = (before.split('"').length - 1) % 2 === 1 || (before.split("'").length - 1) % 2 === 1;
      if (!quoted && !insideString && !/;[ \t]{0,3}[\w ]{1,30}=/.test(line)) continue;
      stop = sep === ',' || /jdbc:[a-z0-9]+:\/\/\[/i.test(line) ? /[,;)\s"'`]/ : /[;"'`\n\r]/;
      form = 'connection string';
      if (/^\s$/.test(sep) && !/;/.test(line)) stop = /[\s"'`;]/; // libpq "host=db user=app password=x"
    } else continue;
    const value = kvValue(text, valueAt, stop);
    if (!value) continue;
    const password = text.slice(value.start, value.end).replace(/\s+$/, '');
    const host = KV_HOST.exec(line)?.[1];
    out.push({ start: value.start, end: value.start + password.length, password, host, form });
  }
}

function cliCandidates(text: string, out: Candidate[]): void {
  CLI_PASSWORD.lastIndex = 0;
  for (let m = CLI_PASSWORD.exec(text); m; m = CLI_PASSWORD.exec(text)) {
    const value = kvValue(text, m.index + m[0].length, /[\s"'`;|&)]/);
    if (!value) continue;
    const { line } = lineAround(text, m.index);
    const host = /(?:--host[= ]|-h[ ]?)([\w.-]{1,253})/.exec(line)?.[1];
    out.push({ ...value, password: text.slice(value.start, value.end), host, form: 'command-line password' });
  }
}

/** Reason to skip a candidate, or undefined to report it. */
function skipReason(c: Candidate): string | undefined {
  const pw = c.password;
  if (c.token) {
    if (shannonEntropy(pw) < 3.5 || !/\d/.test(pw) || !/[A-Za-z]/.test(pw)) return 'user name does not look like a token';
    return placeholderSecret(pw);
  }
  if (c.user !== undefined && /^(?:anonymous|ftp)$/i.test(c.user)) return 'anonymous FTP login (the password is an e-mail by convention)';
  const placeholder = placeholderSecret(decodePercent(pw));
  if (placeholder) return placeholder;
  if (c.user !== undefined && /\./.test(c.user) && /^\d{1,5}$/.test(pw)) return 'host:port, not user:password';
  if (c.host !== undefined && isLocalHost(c.host)) {
    const weak = localDefaultSecret(decodePercent(pw), c.user);
    if (weak) return `${weak} on a local host`;
  }
  // RFC 2606 / 6761 names reserved for documentation: `https://abc:xyz@example.com` is an example by definition.
  if (c.host !== undefined && /(?:^|\.)example\.(?:com|org|net)$|\.(?:example|test|invalid)$/i.test(c.host.trim())) return 'documentation host (example.com, .test, .invalid)';
  return undefined;
}

function decodePercent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function check(ctx: DocumentContext): void {
  const { text } = ctx;
  const candidates: Candidate[] = [];
  if (text.includes('://')) urlCandidates(text, candidates);
  const lower = text.toLowerCase();
  if (lower.includes('jdbc:oracle')) oracleCandidates(text, candidates);
  if (lower.includes('pass') || lower.includes('pwd')) {
    kvCandidates(text, candidates);
    cliCandidates(text, candidates);
  }
  const seen = new Set<number>();
  for (const c of candidates) {
    if (seen.has(c.start) || c.end <= c.start) continue;
    seen.add(c.start);
    const why = skipReason(c);
    if (why) {
      ctx.drop(c.start, c.password, why);
      continue;
    }
    const local = c.host !== undefined && isLocalHost(c.host);
    const severity: Severity | undefined = local ? 'warning' : undefined;
    ctx.report({
      start: c.start,
      end: c.end,
      secret: c.password,
      severity,
      message: c.token ? `Access token in a ${c.form}` : `Password in a ${c.form}${local ? ' (local host)' : ''}`,
    });
  }
}

const pw = (salt: string) => fakeChars(ALNUM, 14, salt);

export const connectionStringPassword: DocumentRule = {
  kind: 'document',
  id: 'connection-string-password',
  title: 'Password in a connection string',
  category: 'secret',
  severity: 'error',
  description: 'A database, broker or service URL or connection string carries its password in the source, so anyone with the code can connect.',
  remediation:
    'Change the password, then build the connection string at run time from a secret store or an environment variable (DATABASE_URL), or use IAM/Entra/workload authentication to the database so that there is no password at all.',
  lifetime: 'static',
  lifetimeDetail: 'a password stays valid until someone changes it',
  replacement: 'IAM database authentication (RDS/Cloud SQL IAM, Entra ID), short-lived credentials from Vault database secrets, or a secret store read at start-up',
  keywords: ['://', 'password', 'passwd', 'pwd', 'jdbc:oracle'],
  check,
  examples: () => ({
    match: [
      `DATABASE_URL=postgres://app_user:${pw('pg')}@db.prod.internal:5432/orders`,
      `spring.data.mongodb.uri=mongodb+srv://svc-reader:${pw('mongo')}@cluster0.ab1cd.mongodb.net/app?retryWrites=true`,
      `"ConnectionStrings": { "Main": "Server=sql01.corp.net;Database=Orders;User Id=orders_app;Password=${pw('ado')};Encrypt=True" }`,
      `jdbc:sqlserver://sql01:1433;databaseName=orders;user=app;password=${pw('jdbc')};`,
      `engine = create_engine("mysql+pymysql://report:${pw('sa')}@10.0.4.12/reports")`,
      `REDIS_URL=rediss://:${pw('redis')}@cache-1.abc123.use1.cache.amazonaws.com:6379/0`,
      `url: jdbc:oracle:thin:scott/${pw('ora')}@//ora.prod.net:1521/ORCL`,
      `conn = psycopg2.connect("host=localhost dbname=shop user=shop password=${pw('libpq')}")`,
    ],
    noMatch: [
      'DATABASE_URL=postgres://user:password@localhost:5432/app',
      'MONGO_URL=mongodb+srv://${DB_USER}:${DB_PASS}@cluster0.mongodb.net/',
      'DB_URL = postgres://$(PGUSER):$(PGPASSWORD)@$(PGHOST)/$(PGDATABASE)',
      'const url = "mongodb://<username>:<password>@cluster.mongodb.net/test";',
      'postgres://postgres:postgres@localhost:5432/app_dev',
      'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;',
      'amqp://guest:guest@localhost:5672/',
      'See https://docs.example.com:8443/path?user=a for details',
    ],
  }),
};
