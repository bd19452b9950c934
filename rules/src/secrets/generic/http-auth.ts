import type { PatternRule } from '../../rule.js';
import { fakeChars, ALNUM, BASE64, HEX } from '../testing/fake.js';
import { notASecret, referenceOrPlaceholder } from './values.js';

/**
 * Credentials written into HTTP requests: `Authorization: Bearer …`, `Basic …`, API-key headers, in code,
 * curl commands, HTTP client files (.http, Postman exports) and docs. Keyword: the header names.
 */
// `Authorization:` (any scheme word), the common API-key header names, and any `-H "<name>: v"` / `--header`
// whose name speaks of a key, token, secret or auth (curl, httpie, wget).
const HEADER =
  /(?:(?:authorization|x-api-key|x-auth-token|api-key|x-access-token|private-token|x-vault-token|x-goog-api-key)["']?[ \t]{0,5}[:=,][ \t]{0,5}["']?|(?:-H|--header)[ \t=]{1,3}["']?[A-Za-z][A-Za-z0-9-]{0,40}:[ \t]{0,5})(?:[A-Za-z][A-Za-z0-9_-]{1,20}[ \t]{1,5})?([A-Za-z0-9._~+/=:-]{8,2048})/i;

export const httpAuthorizationHeader: PatternRule = {
  kind: 'pattern',
  id: 'http-authorization-header',
  title: 'Credential in an HTTP authorization header',
  category: 'secret',
  severity: 'error',
  description: 'A literal bearer token, basic-auth credential or API key written into an HTTP header (code, curl command, request file).',
  remediation:
    'Rotate the credential; build the header at run time from an environment variable or secret store (curl: `-H "Authorization: Bearer $TOKEN"`).',
  lifetime: 'unknown',
  tags: ['fallback'],
  keywords: ['authorization', 'x-api-key', 'x-auth-token', 'api-key', 'x-access-token', 'private-token', 'x-vault-token', 'x-goog-api-key', '-h ', '--header'],
  pattern: HEADER,
  skipCommonFilters: true,
  validate(secret, ctx) {
    const head = ctx.match[0].slice(0, ctx.match[0].length - secret.length);
    const header = /(?:-H|--header)[ \t=]{1,3}["']?([A-Za-z][A-Za-z0-9-]{0,40}):/i.exec(head)?.[1];
    if (header && !/key|token|auth|secret|pass|sig/i.test(header)) return `header "${header}" does not carry a credential`;
    // `("Authorization", "Bearer …")` is a header pair; `'x-api-key', 'x-auth-token'` is a list of names.
    if (/["']?[ \t]*,[ \t]*["']?$/.test(head) && !/[ \t]$/.test(head)) return 'a list of header names, not a header and its value';
    const ref = referenceOrPlaceholder(secret);
    if (ref) return ref;
    const value = secret.includes(':') && /^[A-Za-z0-9+/=]+$/.test(secret) === false ? secret.split(':').pop()! : secret;
    return notASecret('token', value, { password: false, quoted: true }) ?? true;
  },
  examples: () => ({
    match: [
      `curl -H "Authorization: Bearer ${fakeChars(ALNUM, 40, 'curl')}" https://api.example.com/v1/items`,
      `headers: { Authorization: 'Basic ${fakeChars(BASE64, 28, 'basic')}' }`,
      `requests.get(url, headers={"X-Api-Key": "${fakeChars(ALNUM, 32, 'py')}"})`,
      `curl -X GET -H "X-Octopus-ApiKey: ${fakeChars(ALNUM, 30, 'oct')}" https://deploy.example.com`,
      `curl -H "Authorization: Api-Token ${fakeChars(HEX, 40, 'apitok')}" https://x.example.com`,
    ],
    noMatch: [
      'curl -H "Authorization: Bearer $TOKEN" https://api.example.com',
      "headers: { Authorization: `Bearer ${token}` }",
      'Authorization: Bearer <your-token>',
      'const header = "Authorization";',
      'curl -H "Content-Type: application/json" -H "Accept: application/vnd.github+json" https://api.github.com',
    ],
  }),
};

// The `curl` keyword is required on the line (prefilter + validate), not in the regex, so the regex has no
// open-ended gap to backtrack through.
const CURL_USER = /(?:^|[ \t])(?:-u|--user)[ \t]{1,5}["']?([^\s"'`:$]{0,100}):["']?([^\s"'`]{3,200})/;

export const curlUserCredentials: PatternRule = {
  kind: 'pattern',
  id: 'curl-user-credentials',
  title: 'Password in a curl -u argument',
  category: 'secret',
  severity: 'error',
  description: 'A `curl -u user:password` command with the password written out: it lands in shell history, CI logs and the repository.',
  remediation: 'Rotate the password; use `-u "$USER:$PASSWORD"` from the environment, a `.netrc` outside the repository, or a token with a short lifetime.',
  lifetime: 'static',
  keywords: ['curl'],
  linesAround: 4,
  pattern: CURL_USER,
  secretGroup: 2,
  skipCommonFilters: true,
  validate(secret, ctx) {
    // The command may be continued over several lines with a trailing backslash.
    const window = ctx.text.slice(Math.max(0, ctx.secretStart - 800), ctx.secretStart);
    const command = window.split(/\r?\n/).reduceRight((acc, line, i, all) => (i === all.length - 1 || line.endsWith('\\') ? line + acc : acc.startsWith('\u0000') ? acc : '\u0000' + acc), '');
    if (!/\bcurl\b/.test(command.slice(command.lastIndexOf('\u0000') + 1))) return 'no curl command before -u';
    // `-u <user:password>`, `-u <user>:<pass>`: the angle brackets of a usage line wrap the pair.
    if (ctx.match[1]?.startsWith('<') && secret.endsWith('>')) return 'placeholder in angle brackets';
    const ref = referenceOrPlaceholder(secret);
    if (ref) return ref;
    return notASecret('password', secret, { password: true, quoted: true }) ?? true;
  },
  examples: () => ({
    match: [`curl -u admin:${fakeChars(ALNUM, 12, 'cu')}9 https://jenkins.example.com/api/json`, `curl --user "deploy:${fakeChars(ALNUM, 20, 'cu2')}" -X POST https://x.example.com`],
    noMatch: ['curl -u "$USER:$PASSWORD" https://example.com', 'curl -u <user:password> https://api.example.com/v1', 'curl -u admin:password https://example.com', 'curl -u user: https://example.com'],
  }),
};
