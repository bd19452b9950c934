import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';
import { assignedTo } from './context.js';

/** Postmark server and account tokens are UUIDs; only a Postmark credential name (or header) marks one. */

const uuid = (salt: string) => {
  const h = fakeChars(HEX, 32, salt);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const isPostmark = assignedTo('postmark', { keyish: true });

export const postmarkToken: PatternRule = {
  kind: 'pattern',
  id: 'postmark-token',
  title: 'Postmark server or account token',
  category: 'secret',
  severity: 'error',
  description: 'A Postmark server token (sends mail and reads message activity for one server) or account token (manages all servers, domains and signatures).',
  remediation:
    'Regenerate the token in Postmark (Server > API Tokens, or Account > API Tokens), then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until regenerated',
  keywords: ['postmark'],
  linesAround: 3,
  pattern: /\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
  entropy: 3,
  validate: (_s, ctx) => (isPostmark(ctx) ? true : 'not assigned to a Postmark token name'),
  examples: () => ({
    match: [
      `POSTMARK_SERVER_TOKEN=${uuid('a')}`,
      `curl https://api.postmarkapp.com/email -H "X-Postmark-Server-Token: ${uuid('b')}"`,
      `postmark:\n  api_token: '${uuid('c')}'`,
    ],
    noMatch: [`POSTMARK_MESSAGE_STREAM=outbound # ${uuid('d')}`, `POSTMARK_SERVER_TOKEN=${uuid('z').replace(/[0-9a-f]/g, '0')}`, `postmark_template_id = "${uuid('e')}"`],
  }),
};
