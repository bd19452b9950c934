import type { PatternRule } from '../../index.js';
import { keyedSecret } from './keyed.js';
import { HEX, fakeChars } from '../testing/fake.js';

/**
 * Jenkins API tokens since 2.129 are a 2-character version `11` followed by 32 hex characters (legacy tokens
 * are the 32 hex alone). With no distinctive prefix the rule needs `jenkins` and a key-ish word in the
 * assignment.
 */
export const jenkinsApiToken: PatternRule = {
  kind: 'pattern',
  id: 'jenkins-api-token',
  title: 'Jenkins API token',
  category: 'secret',
  severity: 'error',
  description: 'A Jenkins user API token assigned to a Jenkins setting; with the user name it authenticates to the controller as that user, often an administrator.',
  remediation:
    'Revoke the token in the user\'s Configure > API Token section, store the replacement in the calling system\'s secret store, and prefer a dedicated low-privilege user for automation.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until revoked',
  keywords: ['jenkins'],
  ...keyedSecret({ names: 'jenkins', keys: 'token|secret|password|passwd|api[_-]?key|auth', value: '(?:11)?[0-9a-f]{32}', after: /[0-9a-z]/i }),
  entropy: 3.0,
  examples: () => ({
    match: [`JENKINS_API_TOKEN=11${fakeChars(HEX, 32, 'v2')}`, `jenkins_token: "${fakeChars(HEX, 32, 'legacy')}"`],
    noMatch: [`JENKINS_URL=https://ci.acme.test/job/${fakeChars(HEX, 32, 'job')}`, 'JENKINS_TOKEN=11000000000000000000000000000000000'],
  }),
};
