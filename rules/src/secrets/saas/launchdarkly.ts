import type { PatternRule } from '../../rule.js';
import { fakeUuid } from './context.js';

/**
 * LaunchDarkly keys are a kind prefix and a UUID: `api-` access tokens (REST API) and `sdk-` server-side SDK keys.
 * `mob-` mobile keys and client-side IDs are meant to ship in apps and are not reported.
 */
export const launchDarklyKey: PatternRule = {
  kind: 'pattern',
  id: 'launchdarkly-key',
  title: 'LaunchDarkly access token or SDK key',
  category: 'secret',
  severity: 'error',
  description: 'A LaunchDarkly API access token (api-, changes flags, targeting and projects with its role) or server-side SDK key (sdk-, reads every flag rule and segment of an environment).',
  remediation:
    'Reset the key in LaunchDarkly (Account settings > Authorization for access tokens, or the environment\'s SDK key, which supports a grace period), and read the new one from LAUNCHDARKLY_ACCESS_TOKEN / LD_SDK_KEY in a secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until reset or deleted',
  keywords: ['api-', 'sdk-'],
  pattern: /\b((?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/,
  entropy: 3,
  describe: (key) => (key.startsWith('sdk-') ? 'server-side SDK key' : 'API access token'),
  prefix: 'api-',
  examples: () => ({
    match: [`LAUNCHDARKLY_ACCESS_TOKEN=api-${fakeUuid('env')}`, `ldclient.set_config(Config("sdk-${fakeUuid('py')}"))`],
    noMatch: [`LD_MOBILE_KEY=mob-${fakeUuid('mob')}`, 'LD_SDK_KEY=sdk-00000000-0000-0000-0000-000000000000'],
  }),
};
