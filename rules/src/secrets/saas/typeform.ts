import type { PatternRule } from '../../rule.js';
import { ALNUM, fake, fakeChars } from '../testing/fake.js';

/** Typeform personal access tokens start `tfp_`, followed by about 44 alphanumerics and an `_`-separated suffix. */
export const typeformToken: PatternRule = {
  kind: 'pattern',
  id: 'typeform-personal-access-token',
  title: 'Typeform personal access token',
  category: 'secret',
  severity: 'error',
  description: 'A Typeform personal access token (tfp_); with its scopes it reads form responses (often personal data) and creates, changes or deletes forms and webhooks.',
  remediation:
    'Delete the token under Account > Personal tokens in Typeform, create one with only the scopes needed, and read it from TYPEFORM_TOKEN in the environment or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['tfp_'],
  pattern: /\b(tfp_[A-Za-z0-9]{40,48}(?:_[A-Za-z0-9]{10,16})?)\b/,
  entropy: 3.5,
  prefix: 'tfp_',
  examples: () => ({
    match: [`TYPEFORM_TOKEN=${fake('tfp_', ALNUM, 44)}_${fakeChars(ALNUM, 14, 'sfx')}`, `headers = {"Authorization": "Bearer ${fake('tfp_', ALNUM, 44, 'py')}_${fakeChars(ALNUM, 14, 's2')}"}`],
    noMatch: ["typeform_token = 'tfp_1'", `token: ${fake('tfp_', ALNUM, 20, 'short')}`],
  }),
};
