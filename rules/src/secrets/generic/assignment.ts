import type { PatternRule } from '../../rule.js';
import { fakeChars, ALNUM, HEX } from '../testing/fake.js';
import { notASecret, secretName } from './values.js';

/**
 * A literal assigned to a secret-looking name, in the assignment syntaxes of common languages and config
 * formats: `name = "v"`, `name: v`, `"name": "v"`, `name := "v"`, `name => 'v'`, `NAME=v`, `name == "v"`.
 * Keywords are the secret words themselves, so the regex only runs on lines that contain one. The name and
 * value are judged in `validate`: this is where most false positives are decided, so every reason is named.
 */

/**
 * Files whose unquoted values are literals (in code an unquoted value is an expression). Prose and logs
 * (.txt, .md, .log) are not here: there `Using Key=abc…` mid-sentence is far more often an example than a
 * credential, so only quoted values or a name that opens the line count.
 */
const CONFIG_FILE = /(?:^|\/)(?:\.env[^/]*|[^/]*\.(?:env|ini|cfg|conf|config|properties|props|toml|ya?ml|tfvars|hcl|sh|bash|zsh|ps1|bat|cmd|plist)|dockerfile[^/]*|[^/]*\.dockerfile|makefile|procfile|jenkinsfile)$/i;
const DECLARATION = /^(?:var|let|const|val|final|static|public|private|protected|internal|export|readonly|declare|def|my|our|local|auto|dim|set|String|string|str|char)$/;

/** Source files, where a name at the start of a line is an object-literal key and a bare value an expression. */
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kts?|scala|groovy|rb|php|cs|fs|vb|c|cc|cpp|cxx|h|hh|hpp|rs|swift|m|mm|dart|lua|ex|exs|erl|clj|cljs|r|jl|pl|pm|vue|svelte)$/i;

/**
 * Languages where `'…'` is a character (or rune) literal, not a string: a long single-quoted value there is not
 * a string the program holds (`api_key = 'abc…';` in C does not compile as a string), so it is not reported.
 */
const CHAR_QUOTE_FILE = /\.(?:c|cc|cpp|cxx|h|hh|hpp|cs|m|mm|java|kt|kts|scala|go|rs)$/i;

/** Unquoted values also count when the name opens the line (shell `export X=`, Dockerfile `ENV X=`, YAML). */
const LINE_LEADING = /^[ \t]*(?:export[ \t]+|ENV[ \t]+|ARG[ \t]+|set[ \t]+|SET[ \t]+|-[ \t]+|\$env:|readonly[ \t]+|declare[ \t]+(?:-x[ \t]+)?)?["']?$/;

// name (optionally `[]` / `[25]`, or a type: Go `var name string =`, TypeScript `name: string =`), closing quote
// or bracket, operator (also Makefile `::=` / `?=`, PHP `.=`, and `,` after a quoted name as in
// `setProperty("API_TOKEN", "v")`), then a quoted value (group 6) or a bare value (group 7). Groups 3 and 4 take the blanks around the operator
// atomically (the lookahead-and-backreference idiom), so the engine never re-splits a run of blanks. Group 2 is the
// second word of `var name type =`, which is the name when the first word is a declaration keyword.
const ASSIGNMENT =
  /(?:^|[^A-Za-z0-9_.$-])([A-Za-z_$][A-Za-z0-9_.$-]{0,80})(?:\[\d{0,4}\])?(?:[ \t]{1,5}([A-Za-z_][A-Za-z0-9_.]{0,30})(?=[ \t]{0,5}=)|[ \t]{0,5}:[ \t]{0,5}[A-Za-z_][A-Za-z0-9_.<>]{0,30}(?=[ \t]{0,5}=))?["'\]]{0,2}(?=([ \t]{0,20}))\3(?::{1,3}=|=>|===?|!==?|[:=]|\|\|=|\?\??=|\.=|(?<=["'][ \t]{0,20}),)(?=([ \t]{0,20}))\4(?:[@rbufRBUF$]{0,2}(["'`])([^\n"'`]{1,400})\5|([^\s"'`,;{}()[\]<>|&#\\]{6,400}))/;

// `if ("v" == password)`: the value comes first, so the window must be the whole line.
const COMPARISON = /(["'`])([^\n"'`]{6,400})\1[ \t]{0,20}(?:===?|!==?)[ \t]{0,20}([A-Za-z_$][A-Za-z0-9_.$]{0,80})/;

export const genericSecretAssignment: PatternRule = {
  kind: 'pattern',
  id: 'generic-secret-assignment',
  title: 'Hard-coded secret in an assignment',
  category: 'secret',
  severity: 'warning',
  description:
    'A literal value assigned to a name that says it holds a secret (password, token, api_key, client_secret …). Whoever can read the code can use it, and it stays in version history after it is removed.',
  remediation:
    'Rotate the value, then read it at run time from the environment or a secret manager (Vault, AWS Secrets Manager, GCP Secret Manager, Azure Key Vault, a Kubernetes Secret mounted by reference).',
  lifetime: 'unknown',
  replacement: 'a secret manager reference, or a short-lived credential issued to the workload (OIDC, managed identity)',
  tags: ['fallback', 'generic'],
  keywords: ['secret', 'token', 'passw', 'pwd', 'pass', 'key', 'credential', 'auth', 'bearer', 'conn'],
  pattern: ASSIGNMENT,
  secretGroup: [6, 7],
  // A name holding the keyword is at most 80 characters long.
  reachBefore: 90,
  skipCommonFilters: true,
  validate(secret, ctx) {
    // `const apiKey = …` and `stripe token = …` read as a first word plus a "type" word: a declaration
    // keyword is never the name, and a second word that says "secret" is the name when the first does not.
    const first = ctx.match[1]!;
    const second = ctx.match[2];
    const name = second && (DECLARATION.test(first) || (!secretName(first) && secretName(second))) ? second : first;
    const kind = secretName(name);
    if (!kind) return `name "${name.slice(0, 40)}" does not say it holds a secret`;
    const quoted = ctx.match[7] === undefined;
    if (ctx.match[5] === "'" && CHAR_QUOTE_FILE.test(ctx.path)) return "single quotes delimit a character literal in this language, not a string";
    if (!quoted) {
      const from = Math.max(0, ctx.secretStart - 600);
      const lineStart = from + ctx.text.slice(from, ctx.secretStart).lastIndexOf('\n') + 1;
      const ind = ctx.match.indices!;
      const nameStart = ctx.secretStart - (ind[7]![0] - ind[1]![0]);
      const before = ctx.text.slice(lineStart, Math.max(lineStart, nameStart));
      if (!CONFIG_FILE.test(ctx.path) && (!LINE_LEADING.test(before) || CODE_FILE.test(ctx.path))) {
        return 'unquoted value in code or prose: an expression or an example, not a literal';
      }
    }
    // `,` as the operator is for `setProperty("NAME", "v")`: the name must open a call's argument list, not be
    // one item of a list of strings (`['secret', 'long-lived-token']`).
    const ind = ctx.match.indices!;
    const valueStart = ind[6]?.[0] ?? ind[7]![0];
    const between = ctx.match.input.slice(ind[1]![1], valueStart);
    if (!/[=:>]/.test(between) && between.includes(',')) {
      const nameAt = ind[1]![0];
      const head = ctx.match.input.slice(Math.max(0, nameAt - 40), nameAt);
      if (!/\([ \t]{0,5}["'`]$/.test(head)) return 'a list of strings, not a name and its value';
    }
    const reason = notASecret(name, secret, { password: kind === 'password', quoted });
    if (reason) return reason;
    if (kind === 'key' && (secret.length < 20 || !/\d/.test(secret))) return 'a "key" name needs a long random value to count';
    return true;
  },
  examples: () => ({
    match: [
      `DB_PASSWORD=${fakeChars(ALNUM, 14, 'pw')}9!`,
      { text: `api_key: ${fakeChars(ALNUM, 32, 'yaml')}`, path: 'config/settings.yaml' },
      `const clientSecret = "${fakeChars(ALNUM, 28, 'js')}";`,
      `"auth_token": "${fakeChars(HEX, 40, 'json')}"`,
      `password := "${fakeChars(ALNUM, 10, 'go')}#1"`,
      `$config['db_password'] = '${fakeChars(ALNUM, 12, 'php')}7';`,
      `self.secret_key = '${fakeChars(ALNUM, 36, 'py')}'`,
      `if (apiKey === "${fakeChars(ALNUM, 30, 'cmp')}") {`,
      `var githubToken string = "${fakeChars(ALNUM, 30, 'gotyped')}"`,
      `const apiSecret: string = "${fakeChars(ALNUM, 30, 'tstyped')}";`,
      `System.setProperty("SERVICE_API_TOKEN", "${fakeChars(ALNUM, 30, 'prop')}");`,
      { text: `DEPLOY_TOKEN ?= ${fakeChars(ALNUM, 30, 'make')}`, path: 'Makefile' },
      { text: `api_key = '${fakeChars(ALNUM, 30, 'pyquote')}7'`, path: 'settings.py' },
    ],
    noMatch: [
      'TOKEN_PATTERN = "acme_tok_[a-z0-9]{24}"',
      'secret_regex: "^\\\\d{6}-[A-F0-9]{32}$"',
      'password = os.environ["DB_PASSWORD"]',
      'const token = process.env.GITHUB_TOKEN;',
      'api_key: ${API_KEY}',
      'password: "{{ .Values.db.password }}"',
      'max_tokens = 4096',
      'password: string;',
      'const passwordLabel = "Enter your password";',
      'token = getToken(user)',
      { text: 'token = response.json()["access_token"]', path: 'client.py' },
      'secret: ""',
      'password = "changeme"',
      'tokenizer = "cl100k_base"',
      `primary_key = "${fakeChars(ALNUM, 12, 'pk')}"`,
      'password_hash = "$2b$12$abcdefghijklmnopqrstuv"',
      'passwordResetUrl = "https://example.com/reset"',
      'api_key_id = "42"',
      'const token: string = getToken();',
      'assertEquals(token, expectedToken);',
      // in C, Go, Java … single quotes make a character literal: this is not a string the program holds
      { text: `api_key = '${fakeChars(ALNUM, 30, 'cquote')}7';`, path: 'src/keys.c' },
      { text: `apiKey := '${fakeChars(ALNUM, 30, 'goquote')}7'`, path: 'main.go' },
    ],
  }),
};

export const genericSecretComparison: PatternRule = {
  kind: 'pattern',
  id: 'generic-secret-comparison',
  title: 'Hard-coded secret compared with a secret variable',
  category: 'secret',
  severity: 'warning',
  description:
    'A literal compared with a variable that holds a secret (`if ("…" == password)`): the literal is the secret, written into the code that checks it.',
  remediation:
    'Rotate the value and compare against one read from the environment or a secret manager (and compare in constant time).',
  lifetime: 'unknown',
  tags: ['fallback', 'generic'],
  // The closing quote of the literal right before the operator: `== ""` after a name (Go, JS) is far more common
  // and must not wake this rule up.
  keywords: ['" ==', '"==', "' ==", "'==", '" !=', '"!=', "' !=", "'!=", '` ==', '`=='],
  pattern: COMPARISON,
  secretGroup: 2,
  skipCommonFilters: true,
  validate(secret, ctx) {
    const name = ctx.match[3]!;
    const kind = secretName(name);
    if (!kind) return `name "${name.slice(0, 40)}" does not say it holds a secret`;
    return notASecret(name, secret, { password: kind === 'password', quoted: true }) ?? true;
  },
  examples: () => ({
    match: [`if ("${fakeChars(ALNUM, 14, 'cmp1')}7!" == password) {`, `if ('${fakeChars(ALNUM, 32, 'cmp2')}' !== apiSecret) return;`],
    noMatch: ['if ("admin" == username) {', 'if ("" == password) {', `if ("${fakeChars(ALNUM, 20, 'cmp3')}" == requestId) {`],
  }),
};
