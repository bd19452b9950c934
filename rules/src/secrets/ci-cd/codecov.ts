import type { PatternRule } from '../../index.js';
import { UUID, keyedSecret } from './keyed.js';
import { HEX, fakeChars } from '../testing/fake.js';

const uuid = (salt: string) =>
  `${fakeChars(HEX, 8, salt)}-${fakeChars(HEX, 4, `${salt}1`)}-4${fakeChars(HEX, 3, `${salt}2`)}-a${fakeChars(HEX, 3, `${salt}3`)}-${fakeChars(HEX, 12, `${salt}4`)}`;

/** Codecov upload and API tokens are UUIDs: the rule needs `codecov` and a key-ish word in the assignment. */
export const codecovToken: PatternRule = {
  kind: 'pattern',
  id: 'codecov-token',
  title: 'Codecov token',
  category: 'secret',
  severity: 'warning',
  description: 'A UUID assigned to a Codecov token setting: a repository or global upload token (which lets anyone upload coverage reports) or an API token.',
  remediation:
    'Regenerate the token in the Codecov repository or organization settings; in GitHub Actions use codecov-action with use_oidc: true (or tokenless uploads for public repositories) instead of a stored token.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until regenerated',
  replacement: 'codecov-action OIDC uploads (use_oidc: true)',
  keywords: ['codecov'],
  ...keyedSecret({ names: 'codecov', keys: 'token|secret|api[_-]?key|key', value: UUID, after: /[0-9a-z-]/i }),
  entropy: 3.0,
  examples: () => ({
    match: [`CODECOV_TOKEN=${uuid('env')}`, `      - uses: codecov/codecov-action@v5\n        with:\n          token: ${uuid('inline')}`],
    noMatch: [`token = ${uuid('plain')}`, 'CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}', 'codecov_token = short'],
  }),
};
