import type { PatternRule } from '../../index.js';
import { ALNUM, fake } from '../testing/fake.js';

/**
 * Ramp developer API credentials: the client ID is `ramp_id_` + 40 alphanumerics (an identifier, not reported), the
 * client secret `ramp_sec_` + 48 alphanumerics.
 */
export const rampClientSecret: PatternRule = {
  kind: 'pattern',
  id: 'ramp-client-secret',
  title: 'Ramp API client secret',
  category: 'secret',
  severity: 'error',
  description: 'A Ramp developer API client secret; with its client ID it obtains access tokens for the business\'s cards, transactions, reimbursements and users, within the scopes granted to the app.',
  remediation:
    'Rotate the client secret of the app under Company settings > Developer in Ramp, grant the app only the scopes it uses, and read RAMP_CLIENT_SECRET from a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until rotated (the access tokens it issues are short-lived)',
  keywords: ['ramp_sec_'],
  pattern: /(?<![\w-])(ramp_sec_[A-Za-z0-9]{48})(?![\w-])/,
  entropy: 3.5,
  prefix: 'ramp_sec_',
  examples: () => ({
    match: [`RAMP_CLIENT_SECRET=${fake('ramp_sec_', ALNUM, 48, 'a')}`, `client_secret: "${fake('ramp_sec_', ALNUM, 48, 'b')}"`],
    noMatch: [`RAMP_CLIENT_ID=${fake('ramp_id_', ALNUM, 40, 'c')}`, 'RAMP_CLIENT_SECRET=ramp_sec_short', `RAMP_CLIENT_SECRET=ramp_sec_${'0'.repeat(48)}`],
  }),
};
