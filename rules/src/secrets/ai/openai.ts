import type { PatternRule } from '../../index.js';
import { ALNUM, BASE64URL, fakeChars } from '../testing/fake.js';

/**
 * OpenAI API keys all contain `T3BlbkFJ` (base64 of "OpenAI"), the keyword. The part after the marker is as long
 * as the part before it (20 in legacy user keys, 58 or 74 in project `sk-proj-`, service-account `sk-svcacct-`
 * and admin `sk-admin-` keys; older service-account keys put a name in front). The regex takes the whole
 * `sk-` token greedily, which keeps it linear; the validator checks the marker and that symmetry.
 */

const MARKER = 'T3BlbkFJ';

/** The key's type (`proj`, `svcacct`, `admin`, `''` for legacy or named keys), or a reason it is not a key. */
export function openaiKeyType(token: string): { type: string } | { reason: string } {
  const at = token.indexOf(MARKER);
  if (at < 0 || token.indexOf(MARKER, at + 1) >= 0) return { reason: 'no single T3BlbkFJ marker' };
  const after = token.slice(at + MARKER.length);
  if (after.length < 20 || after.length > 80) return { reason: 'part after the marker has the wrong length' };
  const before = token.slice(3, at);
  if (before.length < after.length) return { reason: 'part before the marker is shorter than the part after it' };
  const head = before.slice(0, before.length - after.length);
  const typed = /^(proj|svcacct|admin)-$/.exec(head);
  if (typed) return { type: typed[1]! };
  if (head === '' || /^[a-z0-9][a-z0-9-]{0,60}-$/.test(head)) return { type: '' };
  return { reason: 'not an OpenAI key layout' };
}

const key = (head: string, n: number, salt: string) =>
  `sk-${head}${fakeChars(n === 20 ? ALNUM : BASE64URL, n, salt)}${MARKER}${fakeChars(n === 20 ? ALNUM : BASE64URL, n, salt + 'x')}`;

export const openaiApiKey: PatternRule = {
  kind: 'pattern',
  id: 'openai-api-key',
  title: 'OpenAI API key',
  category: 'secret',
  severity: 'error',
  description: "An OpenAI API key (project, service-account or legacy user key); it runs models billed to the organisation and reads the project's files, assistants and fine-tunes.",
  remediation:
    'Revoke the key in the OpenAI platform (Settings > API keys, or the project\'s API keys), create a service-account key limited to the project and permissions the service needs, and load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until revoked',
  keywords: ['t3blbkfj'],
  pattern: /\b(sk-[\w-]{40,220})/,
  validate: (token) => {
    const kind = openaiKeyType(token);
    if ('reason' in kind) return kind.reason;
    return kind.type === 'admin' ? 'admin key (reported by openai-admin-key)' : true;
  },
  describe: (token) => {
    const kind = openaiKeyType(token);
    return 'type' in kind && kind.type === 'svcacct' ? 'service-account key' : undefined;
  },
  prefix: 'sk-',
  examples: () => ({
    match: [
      `OPENAI_API_KEY=${key('proj-', 74, 'a')}`,
      `client = OpenAI(api_key="${key('svcacct-', 58, 'b')}")`,
      `openai.api_key = '${key('', 20, 'c')}'`,
    ],
    noMatch: [
      // marker present, but the two halves do not match up
      `OPENAI_API_KEY=sk-proj-${fakeChars(BASE64URL, 30, 'd')}${MARKER}short`,
      `OPENAI_API_KEY=sk-proj-${fakeChars(ALNUM, 80, 'e')}`,
      `OPENAI_API_KEY=${key('admin-', 58, 'f')}`,
    ],
  }),
};

export const openaiAdminKey: PatternRule = {
  kind: 'pattern',
  id: 'openai-admin-key',
  title: 'OpenAI admin key',
  category: 'secret',
  severity: 'error',
  description: 'An OpenAI organisation admin key (sk-admin-); it manages users, projects, API keys and rate limits and reads usage and audit logs for the whole organisation.',
  remediation:
    'Revoke the admin key in the OpenAI platform (Organization settings > Admin keys); keep admin keys out of application code entirely and load them only in the admin tooling that needs them, from a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until revoked',
  keywords: ['t3blbkfj'],
  pattern: /\b(sk-admin-[\w-]{40,200})/,
  validate: (token) => {
    const kind = openaiKeyType(token);
    return 'type' in kind && kind.type === 'admin' ? true : 'not an admin key layout';
  },
  prefix: 'sk-admin-',
  examples: () => ({
    match: [`OPENAI_ADMIN_KEY=${key('admin-', 58, 'g')}`, `{"openai_admin_api_key": "${key('admin-', 58, 'h')}"}`],
    noMatch: [`OPENAI_ADMIN_KEY=sk-admin-short${MARKER}${fakeChars(BASE64URL, 58, 'i')}`, `OPENAI_ADMIN_KEY=sk-admin-${fakeChars(BASE64URL, 58, 'j')}ABCDEFGH${fakeChars(BASE64URL, 58, 'k')}`],
  }),
};
