import type { PatternRule } from '../../index.js';
import { ALNUM, HEX, fakeChars } from '../testing/fake.js';

/** Brevo (formerly Sendinblue) keys: `xkeysib-` (API) or `xsmtpsib-` (SMTP) + 64 hex + `-` + 16 alphanumerics. */

const REMEDIATION =
  'Delete the key in Brevo (SMTP & API > API keys / SMTP keys) and create a new one, then load it from an environment variable or a secret manager.';

export const brevoApiKey: PatternRule = {
  kind: 'pattern',
  id: 'brevo-api-key',
  title: 'Brevo (Sendinblue) API key',
  category: 'secret',
  severity: 'error',
  description: 'A Brevo (Sendinblue) API v3 key; it sends email and SMS, and reads and changes contacts and account settings.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'valid until deleted',
  keywords: ['xkeysib-'],
  pattern: /\b(xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16})\b/,
  entropy: 3,
  prefix: 'xkeysib-',
  examples: () => ({
    match: [`BREVO_API_KEY=xkeysib-${fakeChars(HEX, 64, 'a')}-${fakeChars(ALNUM, 16, 'a')}`, `sib_api_v3_sdk.Configuration().api_key['api-key'] = 'xkeysib-${fakeChars(HEX, 64, 'b')}-${fakeChars(ALNUM, 16, 'b')}'`],
    noMatch: ['BREVO_API_KEY=xkeysib-<your-api-key>', `BREVO_API_KEY=xkeysib-${fakeChars(HEX, 64, 'c')}-${fakeChars(ALNUM, 16, 'c')}_extra`],
  }),
};

export const brevoSmtpKey: PatternRule = {
  kind: 'pattern',
  id: 'brevo-smtp-key',
  title: 'Brevo (Sendinblue) SMTP key',
  category: 'secret',
  severity: 'error',
  description: 'A Brevo (Sendinblue) SMTP relay key; it sends email as your account through smtp-relay.brevo.com.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'valid until deleted',
  keywords: ['xsmtpsib-'],
  pattern: /\b(xsmtpsib-[0-9a-f]{64}-[A-Za-z0-9]{16})\b/,
  entropy: 3,
  prefix: 'xsmtpsib-',
  examples: () => ({
    match: [`SMTP_PASSWORD=xsmtpsib-${fakeChars(HEX, 64, 'd')}-${fakeChars(ALNUM, 16, 'd')}`, `spring.mail.password: xsmtpsib-${fakeChars(HEX, 64, 'e')}-${fakeChars(ALNUM, 16, 'e')}`],
    noMatch: ['SMTP_PASSWORD=xsmtpsib-your-smtp-key', 'spring.mail.password: ${BREVO_SMTP_KEY}'],
  }),
};
