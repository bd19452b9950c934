import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';

/** Mailchimp Marketing API keys: 32 lowercase hex, a dash and the data-centre suffix (`-us6`, `-us21`). */

export const mailchimpApiKey: PatternRule = {
  kind: 'pattern',
  id: 'mailchimp-api-key',
  title: 'Mailchimp API key',
  category: 'secret',
  severity: 'error',
  description: 'A Mailchimp Marketing API key; it reads and changes audiences (subscriber personal data), campaigns and account settings.',
  remediation:
    'Revoke the key in Mailchimp (Profile > Extras > API keys) and create a new one, then load it from an environment variable or a secret manager; for user-facing integrations use OAuth 2 instead.',
  lifetime: 'static',
  lifetimeDetail: 'valid until revoked',
  replacement: 'OAuth 2 access tokens for integrations',
  // the data-centre suffix is the one literal every key contains
  keywords: ['-us'],
  pattern: /\b([0-9a-f]{32}-us\d{1,2})\b/,
  entropy: 3,
  examples: () => ({
    match: [
      `MAILCHIMP_API_KEY=${fakeChars(HEX, 32, 'a')}-us21`,
      `mailchimp.setConfig({ apiKey: "${fakeChars(HEX, 32, 'b')}-us6", server: "us6" });`,
    ],
    noMatch: [`MAILCHIMP_API_KEY=${fakeChars(HEX, 32, 'c').toUpperCase()}-us2`, `id = "${fakeChars(HEX, 32, 'd')}-2"`, 'MAILCHIMP_API_KEY=00000000000000000000000000000000-us1'],
  }),
};
