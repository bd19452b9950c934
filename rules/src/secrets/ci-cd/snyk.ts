import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';
import { UUID, keyedSecret } from './keyed.js';

const uuid = (salt: string) =>
  `${fakeChars(HEX, 8, salt)}-${fakeChars(HEX, 4, `${salt}1`)}-4${fakeChars(HEX, 3, `${salt}2`)}-8${fakeChars(HEX, 3, `${salt}3`)}-${fakeChars(HEX, 12, `${salt}4`)}`;

/**
 * Snyk API tokens are UUIDs with no prefix: the rule needs `snyk` followed by a key-ish word and an assignment,
 * or the `snyk auth <token>` command.
 */
export const snykApiToken: PatternRule = {
  kind: 'pattern',
  id: 'snyk-api-token',
  title: 'Snyk API token',
  category: 'secret',
  severity: 'error',
  description: 'A UUID assigned to a Snyk token setting or passed to snyk auth: a personal or service account API token with its owner\'s access to the Snyk organizations.',
  remediation:
    'Revoke and regenerate the token (Account settings, or the service account page), keep the new one in the CI secret store as SNYK_TOKEN, and prefer service accounts using OAuth client credentials, which issue short-lived tokens.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  replacement: 'Snyk service accounts with OAuth 2.0 client credentials (short-lived access tokens)',
  keywords: ['snyk'],
  ...keyedSecret({ names: 'snyk', keys: 'token|secret|api[_-]?key|key|auth', value: UUID, after: /[0-9a-z-]/i, command: 'auth' }),
  entropy: 3.0,
  examples: () => ({
    match: [`set SNYK_API_TOKEN=${uuid('bat')}`, `snyk auth ${uuid('cli')}`, `const snykToken = "${uuid('js')}";`],
    noMatch: [`request_id = "${uuid('other')}"`, 'SNYK_TOKEN: ${{ secrets.SNYK_TOKEN }}', 'snyk_token = 00000000-0000-0000-0000-000000000000'],
  }),
};
