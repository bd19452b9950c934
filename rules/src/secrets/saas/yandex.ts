import type { PatternRule } from '../../rule.js';
import { BASE64URL, fake, fakeChars } from '../testing/fake.js';

/**
 * Yandex Cloud credentials: API keys start `AQVN` (about 40 URL-safe characters); IAM tokens are `t1.` + a base64url
 * header + `.` + an 86-character signature and expire within 12 hours.
 */
export const yandexCloudApiKey: PatternRule = {
  kind: 'pattern',
  id: 'yandex-cloud-api-key',
  title: 'Yandex Cloud API key',
  category: 'secret',
  severity: 'error',
  description: 'A Yandex Cloud service account API key (AQVN…); it calls the services its account\'s roles allow, such as SpeechKit, Vision or YandexGPT, billed to the cloud.',
  remediation:
    'Delete the key on the service account in the Yandex Cloud console, create one with a scope and expiry, and keep it in Lockbox or another secret manager; workloads in Yandex Cloud can use the metadata service\'s IAM tokens instead.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  replacement: 'IAM tokens from the Yandex Cloud metadata service or workload identity federation (valid up to 12 hours)',
  keywords: ['aqvn'],
  pattern: /\b(AQVN[A-Za-z0-9_-]{35,38})(?![\w-])/,
  entropy: 3.5,
  prefix: 'AQVN',
  examples: () => ({
    match: [`YC_API_KEY=${fake('AQVN', BASE64URL, 36)}`, `headers = {"Authorization": "Api-Key ${fake('AQVN', BASE64URL, 37, 'py')}"}`],
    noMatch: ['YC_API_KEY=AQVNshort', `YC_API_KEY=${fake('AQVN', BASE64URL, 50, 'long')}`],
  }),
};

export const yandexIamToken: PatternRule = {
  kind: 'pattern',
  id: 'yandex-iam-token',
  title: 'Yandex Cloud IAM token',
  category: 'secret',
  severity: 'warning',
  description: 'A Yandex Cloud IAM token (t1.…); until it expires it acts with the roles of its user or service account.',
  remediation:
    'Let the token expire (at most 12 hours), or revoke the issuing key if it may have leaked too; fetch tokens at run time from the metadata service or the CLI instead of storing them.',
  lifetime: 'short',
  lifetimeDetail: 'expires at most 12 hours after issue',
  keywords: ['t1.'],
  pattern: /\b(t1\.[A-Za-z0-9_-]{20,200}={0,2}\.[A-Za-z0-9_-]{86}={0,2})(?![\w=-])/,
  entropy: 4,
  prefix: 't1.',
  examples: () => ({
    match: [`YC_TOKEN=t1.${fakeChars(BASE64URL, 120, 'hdr')}.${fakeChars(BASE64URL, 86, 'sig')}`],
    noMatch: ['t1.start(); t2.start();', `YC_TOKEN=t1.${fakeChars(BASE64URL, 120, 'hdr2')}.${fakeChars(BASE64URL, 40, 'short')}`],
  }),
};
