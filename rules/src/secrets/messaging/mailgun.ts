import type { PatternRule } from '../../index.js';
import { HEX, LOWER_ALNUM, fakeChars } from '../testing/fake.js';
import { near } from './context.js';

/**
 * Mailgun private API keys: the legacy `key-` + 32 lowercase alphanumerics, and the current 32 hex + `-` + 8 hex
 * + `-` + 8 hex. The current form has no prefix, so it only counts near the word "mailgun".
 */

function mailgunKey(secret: string, ctx: Parameters<NonNullable<PatternRule['validate']>>[1]): true | string {
  if (secret.startsWith('key-')) {
    const body = secret.slice(4);
    // real legacy keys are random base36: both letters and digits
    return /[0-9]/.test(body) && /[a-z]/.test(body) ? true : 'key- value is not random';
  }
  return near(ctx, /mailgun/i, 400) ? true : 'no "mailgun" near the value';
}

export const mailgunApiKey: PatternRule = {
  kind: 'pattern',
  id: 'mailgun-api-key',
  title: 'Mailgun API key',
  category: 'secret',
  severity: 'error',
  description: 'A Mailgun private API key; it sends mail from your domains and reads logs, routes and stored messages.',
  remediation:
    'Delete the key in Mailgun (API Security > API keys) and create a new one, preferably a domain sending key limited to one domain, then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until deleted',
  keywords: ['key-', 'mailgun'],
  linesAround: 1,
  pattern: /\b(key-[0-9a-z]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})\b/,
  entropy: 3.2,
  validate: mailgunKey,
  examples: () => ({
    match: [
      `MAILGUN_API_KEY=key-${fakeChars(LOWER_ALNUM, 32, 'a')}`,
      `mailgun:\n  api_key: "${fakeChars(HEX, 32, 'b')}-${fakeChars(HEX, 8, 'c')}-${fakeChars(HEX, 8, 'd')}"`,
      `const mg = mailgun.client({ username: 'api', key: '${fakeChars(HEX, 32, 'e')}-${fakeChars(HEX, 8, 'f')}-${fakeChars(HEX, 8, 'g')}' });`,
    ],
    noMatch: [
      'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `trace_id = "${fakeChars(HEX, 32, 'h')}-${fakeChars(HEX, 8, 'i')}-${fakeChars(HEX, 8, 'j')}"`,
      'i18n: key-translationsforthesettingspagetitle',
    ],
  }),
};
