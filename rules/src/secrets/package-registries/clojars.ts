import type { PatternRule } from '../../index.js';
import { LOWER_ALNUM, fakeChars } from '../testing/fake.js';

export const clojarsDeployToken: PatternRule = {
  kind: 'pattern',
  id: 'clojars-deploy-token',
  title: 'Clojars deploy token',
  category: 'secret',
  severity: 'error',
  description: 'A Clojars deploy token (CLOJARS_…), which deploys new versions of the owner\'s libraries to Clojars.',
  remediation: 'Disable the token at clojars.org (Dashboard > Deploy tokens), scope the replacement to one group or artifact, and keep it in the CI secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  keywords: ['clojars_'],
  pattern: /\b(CLOJARS_[a-z0-9]{60})\b/,
  entropy: 3.5,
  prefix: 'CLOJARS_',
  examples: () => ({
    match: [`CLOJARS_PASSWORD=CLOJARS_${fakeChars(LOWER_ALNUM, 60, 'env')}`, `{:password "CLOJARS_${fakeChars(LOWER_ALNUM, 60, 'lein')}"}`],
    noMatch: ['CLOJARS_PASSWORD=CLOJARS_short', 'CLOJARS_PASSWORD=${CLOJARS_TOKEN}'],
  }),
};
