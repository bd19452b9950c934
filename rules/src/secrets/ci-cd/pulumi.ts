import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';

export const pulumiAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'pulumi-access-token',
  title: 'Pulumi access token',
  category: 'secret',
  severity: 'error',
  description: 'A Pulumi Cloud access token (pul-), which can read stack state and secrets configuration and run updates for its owner, team or organization.',
  remediation:
    'Delete the token in Pulumi Cloud (Access tokens page) and let CI exchange its OIDC token for a short-lived Pulumi token (pulumi/auth-actions, or Pulumi Cloud OIDC issuers) instead of storing one.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  replacement: 'Pulumi Cloud OIDC token exchange (short-lived tokens for CI)',
  keywords: ['pul-'],
  // The guard skips names that end in "pul" (vipul-<hash>.png).
  pattern: /(?<![A-Za-z0-9_-])(pul-[a-f0-9]{40})(?![A-Za-z0-9_-])/,
  entropy: 3.0,
  prefix: 'pul-',
  examples: () => ({
    match: [`PULUMI_ACCESS_TOKEN=pul-${fakeChars(HEX, 40, 'env')}`, `    env:\n      PULUMI_ACCESS_TOKEN: "pul-${fakeChars(HEX, 40, 'gha')}"`],
    noMatch: [`<img src="./assets/vipul-${fakeChars(HEX, 64, 'img')}.png">`, 'PULUMI_ACCESS_TOKEN=pul-0000000000000000000000000000000000000000'],
  }),
};
