import type { PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { base64Decode, base64Encode, textBefore } from './context.js';

/**
 * WorkOS API keys are `sk_live_` / `sk_test_` + base64 of `key_<ULID>,<secret>`, so the body always begins `a2V5X`
 * (base64 of `key_`). Decoding tells them apart from Stripe keys with the same prefixes.
 */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function fakeWorkosKey(mode: string, salt: string): string {
  return `sk_${mode}_${base64Encode(`key_01${fakeChars(CROCKFORD, 24, salt)},${fakeChars(ALNUM, 25, salt)}`).replace(/=+$/, '')}`;
}

export const workosApiKey: PatternRule = {
  kind: 'pattern',
  id: 'workos-api-key',
  title: 'WorkOS API key',
  category: 'secret',
  severity: 'error',
  description: 'A WorkOS API key; it reads and manages the environment\'s organisations, SSO and directory connections and users, and can create sessions for them.',
  remediation:
    'Revoke the key under API Keys in the WorkOS dashboard, create a new one, and give the server WORKOS_API_KEY from a secret manager or the platform\'s secret settings.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  keywords: ['sk_live_a2v5x', 'sk_test_a2v5x'],
  pattern: /\b(sk_(?:live|test)_a2V5X[A-Za-z0-9+/]{40,160}={0,2})(?![A-Za-z0-9+/=])/,
  validate: (key) => {
    const text = base64Decode(key.slice(8));
    return text && /^key_[0-9A-HJKMNP-TV-Z]{26},[A-Za-z0-9]{16,}$/.test(text) ? true : 'body does not decode to a WorkOS key_<id>,<secret> pair';
  },
  // Highnote issues keys in the same encoding; the finding stands either way, the message says which it is named as
  describe: (key, ctx) =>
    /highnote/i.test(textBefore(ctx)) ? 'named as a Highnote key, which uses the same format' : key.startsWith('sk_test_') ? 'staging environment key' : 'production environment key',
  prefix: 'sk_live_',
  examples: () => ({
    match: [`WORKOS_API_KEY=${fakeWorkosKey('live', 'env')}`, `const workos = new WorkOS('${fakeWorkosKey('test', 'ts')}');`],
    noMatch: [`STRIPE_SECRET_KEY=sk_live_a2V5X${fakeChars(ALNUM, 60, 'stripe')}`, 'WORKOS_API_KEY=sk_test_example'],
  }),
};
