import type { MatchContext, PatternRule } from '../../rule.js';
import { charClasses, shannonEntropy } from '../../util/entropy.js';
import { ALNUM, BASE64, fakeChars } from '../testing/fake.js';
import { baseName, localDefaultSecret, placeholderSecret } from './common.js';

/**
 * `NAME=value` lines of dotenv files whose name says they hold a secret. A .env file exists to hold secrets,
 * so the value floor is modest; what keeps noise out is the name (`API_KEY`, `DB_PASSWORD`, not `AUTH_URL`,
 * `TOKEN_TTL` or `NEXT_PUBLIC_*`) and the value (not a reference, placeholder, number, flag, URL or path).
 * Provider rules win on the same value: this rule only names what they do not.
 */

const SECRET_NAME = /secret|token|passw|passphrase|credential|creds|api_?key|private|auth|pwd|salt|signing|encryption_?key|(?:^|[_.-])(?:key|pass|pw|pat)(?:$|[_.-])|key$/i;
/** A last name segment that makes the variable configuration about a secret rather than the secret. */
const CONFIG_SUFFIX =
  /[_.-](?:id|ids|url|uri|urls|host|hostname|port|path|file|filename|dir|name|user|username|email|region|endpoint|domain|enabled|enable|disabled|expiry|expires|expiration|expire|ttl|timeout|length|size|type|mode|version|algorithm|alg|provider|method|header|prefix|issuer|audience|aud|scope|scopes|lifetime|duration|count|limit|max|min|format|strategy|redirect|callback|store|backend|role|kind|strength|rounds|location|arn|account|project|tenant|ref|reference|hint|field|param|policy|level|days|hours|minutes|seconds|secs|ms)$/i;
const PUBLIC_NAME = /(?:^|[_.-])(?:public|publishable|anon|pub)(?:$|[_.-])/i;
const DOTENV_EXCLUDED = /(?:example|sample|template|tmpl|tpl|dist|defaults?|schema|skeleton|stub)/;

/** `.env`, `.env.production`, `prod.env`, but not `.env.example` and the like. */
export function isDotenvPath(path: string): boolean {
  const b = baseName(path);
  const dotenv = b === '.env' || b.startsWith('.env.') || b.endsWith('.env');
  return dotenv && !DOTENV_EXCLUDED.test(b);
}

function validateDotenv(value: string, ctx: MatchContext): true | string {
  const name = ctx.match.groups?.name ?? '';
  if (!SECRET_NAME.test(name)) return `name "${name}" does not say it holds a secret`;
  if (PUBLIC_NAME.test(name)) return `name "${name}" marks a value that is public by design`;
  if (CONFIG_SUFFIX.test(name)) return `name "${name}" is configuration about a secret, not the secret`;
  const quote = ctx.match.groups?.q ?? '';
  const after = ctx.text[ctx.secretStart + value.length];
  if (quote && after !== quote) return 'quoted value with spaces, not a credential';
  const placeholder = placeholderSecret(value) ?? localDefaultSecret(value);
  if (placeholder) return placeholder;
  if (/^(?:true|false|yes|no|on|off|enabled?|disabled?|none|null|nil|undefined|\d{1,12}(?:\.\d+)?[smhd]?)$/i.test(value)) return 'flag or number';
  if (/^[a-z][a-z0-9+.-]{1,20}:\/\/[^@\s]*$/i.test(value)) return 'URL without credentials';
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)|\.(?:pem|key|json|p12|pfx|crt|cer|txt|ya?ml)$/i.test(value)) return 'file path';
  if (/^(?:[A-Z][A-Z0-9]*_)+[A-Z0-9]+$/.test(value)) return 'name of another variable';
  if (/^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}$/i.test(value)) return 'host name';
  if (/^[^@\s]{1,64}@(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}$/i.test(value)) return 'e-mail address';
  const classes = charClasses(value).count;
  if (value.length < 6 || (value.length < 8 && classes < 2)) return 'too short to be a credential';
  const e = shannonEntropy(value);
  if (e < 2.5) return `entropy ${e.toFixed(2)} below 2.5`;
  return true;
}

export const dotenvSecret: PatternRule = {
  kind: 'pattern',
  id: 'dotenv-secret',
  title: 'Secret in a .env file',
  category: 'secret',
  severity: 'warning',
  description: 'A committed .env file assigns a value to a variable whose name says it is a secret (key, token, password); .env files are meant to stay on the machine that runs the code.',
  remediation:
    'Rotate the value, delete the file from the repository and its history, add `.env*` to .gitignore, and commit a `.env.example` with empty values; provide real values from a secret manager or the CI/CD secret store.',
  lifetime: 'unknown',
  lifetimeDetail: 'depends on the credential; a provider rule refines it when it knows the format',
  replacement: 'a secret manager or CI secret store injecting environment variables at run time, with workload identity where the platform offers it',
  tags: ['fallback'],
  keywords: [],
  appliesTo: isDotenvPath,
  pattern:
    /^[ \t]{0,20}(?:export[ \t]{1,4})?(?<name>[A-Za-z_][A-Za-z0-9_.-]{0,100})[ \t]{0,4}=[ \t]{0,4}(?<q>["'`]?)(?<secret>[^\s"'`#][^\s"'`]{0,1999})/m,
  validate: validateDotenv,
  severityOf: (value) => (value.length >= 16 && shannonEntropy(value) >= 3.5 ? 'error' : undefined),
  examples: () => ({
    match: [
      { text: `NODE_ENV=production\nPORT=3000\nSTRIPE_WEBHOOK_SECRET=${fakeChars(ALNUM, 32, 'whsec')}\n`, path: '.env' },
      { text: `# database\nexport DB_PASSWORD="${fakeChars(ALNUM, 16, 'db')}"\n`, path: 'deploy/.env.production' },
      { text: `SESSION_SIGNING_KEY='${fakeChars(BASE64, 44, 'sess')}'\n`, path: 'config/prod.env' },
    ],
    noMatch: [
      { text: 'DEBUG=true\nPORT=3000\nAUTH_URL=https://auth.internal.example/login\nTOKEN_TTL=3600\n', path: '.env' },
      { text: 'API_KEY=\nDB_PASSWORD=${DB_PASSWORD}\nSECRET_KEY=changeme\nJWT_SECRET=$(cat /run/secrets/jwt)\n', path: '.env' },
      { text: `STRIPE_SECRET_KEY=${fakeChars(ALNUM, 32, 'ex')}\n`, path: '.env.example' },
      { text: `NEXT_PUBLIC_SUPABASE_ANON_KEY=${fakeChars(ALNUM, 40, 'anon')}\nGOOGLE_APPLICATION_CREDENTIALS=./secrets/sa.json\n`, path: '.env.local' },
      { text: `API_KEY=${fakeChars(ALNUM, 32, 'notenv')}\n`, path: 'notes.txt' },
    ],
  }),
};
