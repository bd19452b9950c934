/**
 * Judging a value assigned to a secret-looking name: is it a literal secret, or a reference, a placeholder,
 * a type name, a path, a label? Each test returns the reason a value is NOT a secret (for --explain).
 */
import { camelCaseWords, placeholderShape, placeholderWord, repeatedFiller, documentedExample } from '../../engine/filters.js';
import { charClasses, shannonEntropy } from '../../util/entropy.js';

/** Names that hold secrets. `key` alone is handled separately (too common: cache keys, sort keys). */
export const SECRET_NAME =
  /(?:secret|token|passw(?:or)?d|passwd|pwd|passphrase|pass(?:$|[_.-])|(?:^|[_.-])pass|api[_.-]?key|apikey|access[_.-]?key|auth[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|credential|(?:^|[_.-])auth(?:$|[_.-])|bearer|session[_.-]?key|client[_.-]?secret|conn(?:ection)?[_.-]?str(?:ing)?)/i;

export const PASSWORD_NAME = /(?:passw(?:or)?d|passwd|pwd|passphrase|pass(?:$|[_.-])|(?:^|[_.-])pass$)/i;

/** Names that contain a secret word but do not hold one: sizes, types, URLs, ids, UI text, token counts. */
const NOT_SECRET_NAME =
  /(?:[a-z0-9](?:Name|Type|Length|Len|Count|Size|Id|Ids|Url|Uri|Path|File|Field|Header|Param|Label|Placeholder|Hint|Prompt|Message|Error|Expiry|Expires|Expiration|Ttl|Max|Min|Limit|Policy|Hash|Prefix|Suffix|Pattern|Regex|Required|Enabled|Mode|Provider|Version|Store|Manager|Service|Timeout|Interval|Index|Schema|Kind|Method|Algorithm|Encoding|Ref|Var|Env|Input|Output|Text|Title|Description|Button|Link|Route|View|Page|Template|Form|Column|Lint|Linter|Rules|Rule|Fingerprint|Redacted|Category|Categories)$|public|(?:^|[_.-])pub(?:$|[_.-])|_?ids?$|[a-z]Ids?$|(?:^|[_.-])(?:name|type|file|path|dir|url|uri|endpoint|host|length|len|size|format|header|field|param|label|placeholder|hint|prompt|message|msg|error|expir\w*|ttl|count|max|min|limit|policy|hash|digest|salt|prefix|suffix|pattern|regex|validator|validation|required|enabled|disabled|mode|strategy|provider|version|location|store|manager|service|timeout|interval|id|index|idx|len|schema|class|kind|method|algorithm|alg|encoding|question|reset|forgot|confirm|confirmation|strength|policy|rotation|created|updated|usage|scope|scopes|audience|issuer|grant|response|request|ref|reference|var|variable|env|key_?id|keyid|input|output|icon|text|title|description|button|link|route|view|page|template|form|column|col|table)$|max_?tokens|num_?tokens|tokenizer|token_?type|token_?url|tokens?_?count|keyboard|keyword|monkey|turkey|hockey|donkey|jockey|passage|passenger|passport|bypass|compass|passive|pass_?through|passthrough|secretary|author(?!i[sz]ation)|oauth_?url|authority|authenticat(?:e|or|ed)$|authorize_?url|is_?authenticated)/i;

const STOP_VALUES = new Set(
  (
    'string str text number int integer float boolean bool object any optional required null none nil true false ' +
    'undefined empty secret secrets password passwd token tokens key keys value values test testing tests example ' +
    'sample demo default changeme admin root user username guest public private bearer basic hidden redacted ' +
    'masked unknown todo tbd fixme na n/a env environment config settings dev development prod production local ' +
    'localhost variable var function'
  ).split(' '),
);

/** References to where the secret really lives: the right way to write it, so never a finding. */
const REFERENCE =
  /^(?:\$|%|&|\*|!|@Microsoft\.KeyVault|\{\{|\(\(|<%|#\{|process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv|System\.getenv|Environment\.|ENV\[|env\(|env\.|secrets\.|vars\.|config\.|settings\.|self\.|this\.|Deno\.env|secretKeyRef|valueFrom|vault:|ssm:|arn:aws:|sm:|gcp:|azure:|keyvault:|op:\/\/|file:|ref\+|projects\/[^/]+\/secrets\/)/i;

export function referenceOrPlaceholder(value: string): string | undefined {
  if (REFERENCE.test(value.replace(/^\\/, ''))) return 'reference to an environment variable or secret store';
  if (/[$#]\{[A-Za-z_][\w.]{0,60}(?:\([^()\n]{0,60}\))?\}/.test(value)) return 'interpolates a variable: built at run time, not a literal';
  return documentedExample(value) ?? placeholderShape(value) ?? placeholderWord(value) ?? repeatedFiller(value) ?? camelCaseWords(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HASH_PREFIX = /^(?:sha(?:1|256|384|512)[-:]|md5:|sha256:|\$2[aby]\$|\$argon2|\$6\$|\$5\$|\$1\$|pbkdf2)/i;
const PATHLIKE = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|\\\\)|\.(?:pem|key|crt|cer|p12|pfx|json|ya?ml|txt|env|conf|cfg|ini|properties|xml|jks|keystore|gpg|asc|pub)$|^[\w.-]{1,60}(?:\/[\w.-]{1,60}){1,10}\.[a-z]{1,5}$/i;
const URLISH = /^[a-z][a-z0-9+.-]{1,20}:\/\//i;
const NUMBERISH = /^[-+]?\d+(?:\.\d+)?$/;
const DOMAIN = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*(?:(?:\.|::|->)[A-Za-z_$][A-Za-z0-9_$]*)*(?:\(\))?$/;
const VERSION = /^[~^<>=v]{0,3}\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?$/;
/** `private_key_id`, `TOKEN_STRING`, `db-password-secret`: words joined by `_` or `-`, all one case. */
const SNAKE_NAME = /^(?:[a-z]+(?:[_-][a-z]+)+|[A-Z]+(?:[_-][A-Z]+)+)$/;
/** `jetbrains.mps.v8_elimination`, `com.example.app`: dotted names, not credentials. */
const DOTTED_NAME = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){1,8}$/;

/** Why `value` (assigned to `name`) is not a hard-coded secret, or undefined when it is one. */
/**
 * Pattern syntax real secrets never contain: a character range in brackets (`[a-z`, `[0-9`, `[A-F`), a class
 * escape (`\\d`, `\\w`, `\\s`) or a counted repeat after a group or class (`){24}`, `]{8,}`). Token-format regexes
 * are often assigned to names like `token_pattern`.
 */
const REGEX_SYNTAX = /\[[^\]\s]{0,20}?[a-zA-Z0-9]-[a-zA-Z0-9]|\\[dwsDWS]|[)\]]\{\d{1,4}(?:,\d{0,4})?\}/;

export function notASecret(name: string, value: string, opts: { password: boolean; quoted: boolean }): string | undefined {
  const v = value.trim();
  if (v.length === 0) return 'empty value';
  const lower = v.toLowerCase();
  if (STOP_VALUES.has(lower) || lower === name.toLowerCase()) return 'a type name, keyword or the name itself';
  const ref = referenceOrPlaceholder(v);
  if (ref) return ref;
  if (URLISH.test(v)) return 'a URL (URLs with passwords are the connection-string rule\'s)';
  if (PATHLIKE.test(v)) return 'a file path';
  if (NUMBERISH.test(v)) return 'a number';
  if (HASH_PREFIX.test(v)) return 'a hash or integrity value, not a credential';
  if (DOMAIN.test(v) && !/\d{3}/.test(v)) return 'a host name';
  if (!/[A-Za-z0-9]/.test(v)) return 'no letters or digits';
  if (/\s/.test(v)) return 'contains spaces: a phrase or label, not a credential';
  if (!opts.quoted && IDENTIFIER.test(v) && !/\d/.test(v)) return 'an identifier or expression, not a literal';
  if (VERSION.test(v)) return 'a version or version range';
  if (REGEX_SYNTAX.test(v)) return 'a regular expression (a character range, class escape or counted repeat), not a value';
  const core = v.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  if (!/\d/.test(core) && (SNAKE_NAME.test(core) || camelCaseWords(core))) return 'a name in code (snake_case, SCREAMING_CASE or camelCase words), not a credential';
  if (DOTTED_NAME.test(v)) return 'a dotted name (package, property or module), not a credential';
  const classes = charClasses(v);
  const entropy = shannonEntropy(v);
  if (opts.password) {
    if (v.length < 6) return 'too short for a password';
    const lettersOnly = !classes.digit && !classes.symbol;
    if (lettersOnly && (v.length < 12 || entropy < 3.2)) return 'a plain word, not a password';
    if (/^[a-z]+[_-][a-z]+(?:[_-][a-z]+)*$/.test(v)) return 'an identifier-like word, not a password';
    return undefined;
  }
  if (UUID.test(v) && !/(?:secret|token|api[_.-]?key|apikey|password|private)/i.test(name)) return 'a UUID (an identifier)';
  if (v.length < 12) return 'too short for a generated key or token';
  if (!classes.digit && !classes.symbol && (v.length < 24 || entropy < 3.8)) return 'letters only: a word or identifier';
  if (classes.count < 2) return 'a single character class';
  const floor = /^[0-9a-f]+$/i.test(v) ? 2.9 : 3.2;
  if (entropy < floor) return `entropy ${entropy.toFixed(2)} below ${floor}`;
  return undefined;
}

export function secretName(name: string): 'password' | 'secret' | 'key' | undefined {
  const bare = name.replace(/^[^A-Za-z]+/, '');
  if (NOT_SECRET_NAME.test(bare)) return undefined;
  if (PASSWORD_NAME.test(bare)) return 'password';
  if (SECRET_NAME.test(bare)) return 'secret';
  if (/(?:^|[_.-])key$|[a-z]Key$|^KEY$/i.test(bare)) return 'key';
  return undefined;
}
