import type { PatternRule } from '../../index.js';
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
  pattern:
    /codecov[\w.-]{0,20}?(?:token|secret|api[_-]?key|key)[\w-]{0,10}["']?\s{0,3}(?:=|:=|=>|:)\s{0,5}["'`]?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-z-])/i,
  entropy: 3.0,
  examples: {
    match: [`CODECOV_TOKEN=${uuid('env')}`, `      - uses: codecov/codecov-action@v5\n        with:\n          token: ${uuid('inline')} # codecov token`.replace('token: ', 'codecov_token: ')],
    noMatch: [`token = ${uuid('plain')}`, 'CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}', 'codecov_token = short'],
  },
};
