import type { PatternRule } from '../../index.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';

/** SendGrid API keys: `SG.` + a 22-character key id + `.` + a 43-character secret, both base64url. */

const key = (salt: string) => `SG.${fakeChars(BASE64URL, 22, salt)}.${fakeChars(BASE64URL, 43, salt)}`;

export const sendgridApiKey: PatternRule = {
  kind: 'pattern',
  id: 'sendgrid-api-key',
  title: 'SendGrid API key',
  category: 'secret',
  severity: 'error',
  description: 'A Twilio SendGrid API key; depending on its scopes it sends mail as your domains, reads contacts and changes account settings.',
  remediation:
    'Delete the key in SendGrid (Settings > API Keys) and create one with only the scopes needed (often just Mail Send), then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until deleted',
  keywords: ['sg.'],
  pattern: /\b(SG\.[\w-]{22}\.[\w-]{43})(?![\w-])/,
  entropy: 3.5,
  prefix: 'SG.',
  examples: () => ({
    match: [`SENDGRID_API_KEY=${key('a')}`, `sg = SendGridAPIClient("${key('b')}")`, `sendgrid:\n  api_key: '${key('c')}'`],
    noMatch: ['SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `SG.${fakeChars(BASE64URL, 22, 'd')}..${fakeChars(BASE64URL, 43, 'd')}`],
  }),
};
