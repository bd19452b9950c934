import type { PatternRule } from '../../rule.js';
import { crc32 } from '../../util/hash.js';
import { fakeChars, HEX } from '../testing/fake.js';

/**
 * Zuplo API keys are `zpka_<random>_<checksum>` (zuplo.com/docs, API key best practices). The random part is 32
 * hex digits and the checksum is CRC-32 (IEEE) of it as 8 hex digits, most significant first, which lets a made-up
 * key be rejected offline.
 */
export function zuploChecksum(body: string): string {
  return crc32(body).toString(16).padStart(8, '0');
}

export function fakeZuploKey(salt = ''): string {
  const body = fakeChars(HEX, 32, `zpka${salt}`);
  return `zpka_${body}_${zuploChecksum(body)}`;
}

export const zuploApiKey: PatternRule = {
  kind: 'pattern',
  id: 'zuplo-api-key',
  title: 'Zuplo API key',
  category: 'secret',
  severity: 'error',
  description: 'A Zuplo API key (zpka_) with a valid checksum; it authenticates to every API route its consumer is allowed through the Zuplo gateway.',
  remediation:
    'Delete or roll the key on the consumer in the Zuplo portal (Services > API Key Service), set an expiry on the new one, and keep it in the calling service\'s secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set on the key',
  keywords: ['zpka_'],
  pattern: /\b(zpka_[a-f0-9]{32}_[a-f0-9]{8})\b/,
  validate: (key) => (zuploChecksum(key.slice(5, 37)) === key.slice(38) ? true : 'Zuplo key checksum (CRC32) does not match: not a real key'),
  prefix: 'zpka_',
  examples: () => ({
    match: [`ZUPLO_API_KEY=${fakeZuploKey()}`, `curl https://api.example.com/v1/orders -H "Authorization: Bearer ${fakeZuploKey('curl')}"`],
    noMatch: [`ZUPLO_API_KEY=zpka_${fakeChars(HEX, 32, 'bad')}_${fakeChars(HEX, 8, 'sum')}`, 'ZUPLO_API_KEY=zpka_00000000000000000000000000000000_00000000'],
  }),
};
