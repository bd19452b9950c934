/**
 * Value tests shared by the structured detectors (connection strings, config files, manifests): whether a
 * password or secret value is a stand-in rather than a credential. Structured formats put a value in a
 * credential slot by definition, so these tests are about the value alone, not its surroundings.
 */
import type { MatchContext } from '../../rule.js';
import { placeholderShape, placeholderWord, repeatedFiller } from '../../engine/filters.js';

/** Values documentation and templates use in a password slot. Compared lower-cased, after trimming. */
const PLACEHOLDER_VALUES = new Set([
  'password', 'passwd', 'pass', 'pwd', 'passw0rd', 'secret', 'secrets', 'token', 'apikey', 'api_key', 'key',
  'changeme', 'change_me', 'change-me', 'changeit', 'mypassword', 'my_password', 'my-password', 'mypass',
  'yourpassword', 'your_password', 'your-password', 'userpassword', 'user_password', 'dbpassword', 'db_password',
  'db-password', 'db_pass', 'dbpass', 'todo', 'tbd', 'none', 'null', 'nil',
  'undefined', 'empty', 'xxx', 'foo', 'bar', 'baz', 'foobar', 'example', 'sample', 'test', 'testing', 'demo',
  'dummy', 'fake', 'placeholder', 'redacted', 'hidden', 'masked', 'secretpassword', 'supersecret', 'topsecret',
  's3cr3t', 'p@ssword', 'p@ss', '123', '1234', '12345', '123456', 'abc', 'abc123', 'qwerty',
]);

/** Default credentials of local development stacks: fine to commit when the host is the developer's machine. */
const LOCAL_DEFAULTS = new Set([
  'postgres', 'postgresql', 'root', 'admin', 'administrator', 'guest', 'mysql', 'mariadb', 'redis', 'mongo',
  'mongodb', 'rabbitmq', 'sa', 'dev', 'development', 'local', 'localhost', 'user', 'username', 'docker',
  'pgpass', 'letmein', 'default', 'keycloak', 'minio', 'minioadmin', 'airflow', 'superset', 'grafana', 'elastic',
  'changeme', 'p@ssw0rd', 'password1', 'password123', 'admin123', 'root123', '12345678', '123456789',
]);

/**
 * Reason a password-slot value is a stand-in, or undefined when it may be real: references (`${DB_PASS}`,
 * `$(PASS)`, `{{ .Values.pw }}`, `%s`), masks (`****`, `xxx`, `...`), placeholder words and values too short
 * or uniform to be a credential.
 */
export function placeholderSecret(value: string): string | undefined {
  const v = value.trim();
  if (v.length === 0) return 'empty value';
  if (v.length < 3) return 'too short to be a credential';
  const shape = placeholderShape(v) ?? placeholderWord(v);
  if (shape) return shape;
  const lower = v.toLowerCase();
  if (PLACEHOLDER_VALUES.has(lower)) return 'placeholder word';
  if (/^([*x.•#?_-])\1*$/i.test(v) || /^[*•.]{3,}$/.test(v)) return 'masked value';
  // A reference in one of the common interpolation syntaxes anywhere in the value.
  if (/^\$[({]/.test(v)) return 'reference to a variable or command output';
  if (/\$\{[^}]{0,200}\}|\$\([A-Za-z_][\w.-]{0,80}\)|\{\{[^}]{0,200}\}\}|%\([a-z_]{1,40}\)s|%s|<%=?|\$[A-Z_][A-Z0-9_]{2,}\b/.test(v)) {
    return 'reference to a variable';
  }
  if (/^\{[A-Za-z_][\w.-]{0,60}\}$|^<[^<>]{1,80}>$|^\[[^\]]{1,80}\]$|^__[A-Z0-9_]{2,60}__$/.test(v)) return 'placeholder';
  if (/^(?:your|my|the|some|enter|insert|replace|put|add)[_-]?[a-z_-]{0,30}(?:pass|pwd|secret|token|key)/i.test(v)) return 'placeholder word';
  if (/(?:^|[_-])(?:here|goes[_-]?here|to[_-]?be[_-]?set)$/i.test(v)) return 'placeholder word';
  const filler = repeatedFiller(v);
  if (filler) return filler;
  if (v.length < 6 && new Set(v).size < 3) return 'too uniform to be a credential';
  return undefined;
}

/** A default credential of a local stack (`postgres`, `root`, `guest`), only a stand-in on a local host. */
export function localDefaultSecret(value: string, user?: string): string | undefined {
  const lower = value.trim().toLowerCase();
  if (LOCAL_DEFAULTS.has(lower)) return 'default password of a local development stack';
  if (user !== undefined && user.length > 0 && lower === user.trim().toLowerCase()) return 'user name repeated as password';
  return undefined;
}

/**
 * Hosts that only exist on a developer's machine or in a compose network: loopback, `*.localhost`,
 * `host.docker.internal`, single-label names (`db`, `postgres`) and the unspecified address.
 */
export function isLocalHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === '' || h === 'localhost' || h === '::1' || h === '0.0.0.0' || h === 'host.docker.internal') return true;
  if (h.endsWith('.localhost') || h.endsWith('.local') || (h.startsWith('host.') && h.endsWith('.internal'))) return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) return true;
  return /^[a-z0-9_-]{1,63}$/.test(h) && !/^\d+$/.test(h);
}

/** Lower-cased basename of a path given to `appliesTo` (already lower-case there). */
export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(i + 1);
}

/** The scan time for lifetime math: `ctx.now` once the engine passes `ScanTextOptions.now` through, else the clock. */
export function nowOf(ctx: MatchContext): number {
  const now = (ctx as MatchContext & { now?: unknown }).now;
  return typeof now === 'number' && Number.isFinite(now) ? now : Date.now();
}

/**
 * True when `[start, end)` is the `private_key` value of a Google service-account key file (JSON, possibly
 * escaped inside another string): that rule names it, so the plain private-key rule leaves it alone.
 */
export function inServiceAccountKey(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start);
  if (!/private_key\\{0,3}"\s{0,4}:\s{0,4}\\{0,3}"$/.test(before)) return false;
  const around = text.slice(Math.max(0, start - 3000), Math.min(text.length, start + 12000));
  return /service_account/.test(around) && /client_email/.test(around);
}

/**
 * Start of the line holding `offset`, looking back at most `max` characters: on a minified single-line file an
 * unbounded search per match would make a scan quadratic.
 */
export function lineStartNear(text: string, offset: number, max = 2000): number {
  const floor = Math.max(0, offset - max);
  for (let i = offset - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor;
}

/** End of the line holding `offset` (before its newline), looking ahead at most `max` characters. */
export function lineEndNear(text: string, offset: number, max = 2000): number {
  const ceiling = Math.min(text.length, offset + max);
  for (let i = offset; i < ceiling; i++) if (text.charCodeAt(i) === 10) return i;
  return ceiling;
}
