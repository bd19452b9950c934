import type { PatternRule } from '../../rule.js';
import { fakeChars, ALNUM, BASE64 } from '../testing/fake.js';
import { notASecret, referenceOrPlaceholder } from './values.js';

/**
 * Credentials written into HTTP requests: `Authorization: Bearer …`, `Basic …`, API-key headers, in code,
 * curl commands, HTTP client files (.http, Postman exports) and docs. Keyword: the header names.
 */
const HEADER =
  /(?:authorization|x-api-key|x-auth-token|api-key|x-access-token|private-token|x-vault-token|x-goog-api-key)["']?[ \t]{0,5}[:=,][ \t]{0,5}["']?(?:(?:bearer|basic|token|bot|apikey|sso-key|ssws|key|digest)[ \t]{1,5})?([A-Za-z0-9._~+/=:-]{12,2048})/i;

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
  keywords: ['authorization', 'x-api-key', 'x-auth-token', 'api-key', 'x-access-token', 'private-token', 'x-vault-token', 'x-goog-api-key'],
  pattern: HEADER,
  skipCommonFilters: true,
  validate(secret) {
    const ref = referenceOrPlaceholder(secret);
    if (ref) return ref;
    const value = secret.includes(':') && /^[A-Za-z0-9+/=]+$/.test(secret) === false ? secret.split(':').pop()! : secret;
    return notASecret('token', value, { password: false, quoted: true }) ?? true;
  },
  examples: {
    match: [
      `curl -H "Authorization: Bearer ${fakeChars(ALNUM, 40, 'curl')}" https://api.example.com/v1/items`,
      `headers: { Authorization: 'Basic ${fakeChars(BASE64, 28, 'basic')}' }`,
      `requests.get(url, headers={"X-Api-Key": "${fakeChars(ALNUM, 32, 'py')}"})`,
    ],
    noMatch: [
      'curl -H "Authorization: Bearer $TOKEN" https://api.example.com',
      "headers: { Authorization: `Bearer ${token}` }",
      'Authorization: Bearer <your-token>',
      'const header = "Authorization";',
    ],
  },
};

// The `curl` keyword is required on the line (prefilter + validate), not in the regex, so the regex has no
// open-ended gap to backtrack through.
const CURL_USER = /(?:^|[ \t])(?:-u|--user)[ \t]{1,5}["']?([^\s"':$]{1,100}):([^\s"'@]{3,200})/;

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
  pattern: CURL_USER,
  secretGroup: 2,
  skipCommonFilters: true,
  validate(secret, ctx) {
    const window = ctx.text.slice(Math.max(0, ctx.secretStart - 400), ctx.secretStart);
    if (!/\bcurl\b/.test(window.slice(window.lastIndexOf('\n') + 1))) return 'no curl command before -u on this line';
    const ref = referenceOrPlaceholder(secret);
    if (ref) return ref;
    return notASecret('password', secret, { password: true, quoted: true }) ?? true;
  },
  examples: {
    match: [`curl -u admin:${fakeChars(ALNUM, 12, 'cu')}9 https://jenkins.example.com/api/json`, `curl --user "deploy:${fakeChars(ALNUM, 20, 'cu2')}" -X POST https://x.example.com`],
    noMatch: ['curl -u "$USER:$PASSWORD" https://example.com', 'curl -u admin:password https://example.com', 'curl -u user: https://example.com'],
  },
};
