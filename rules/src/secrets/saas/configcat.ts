import type { PatternRule } from '../../rule.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';
import { precededBy } from './context.js';

/**
 * ConfigCat SDK keys: `configcat-sdk-1/<22>/<22>` since 2024, `<22>/<22>` URL-safe characters before that (the
 * older form needs a ConfigCat name on the line).
 */
const REMEDIATION =
  'Rotate the SDK key in the ConfigCat dashboard (SDK keys page of the config and environment), and give server applications the new key from a secret manager; keep flags that gate anything sensitive out of client-side SDKs.';

const legacy = precededBy({ names: /configcat/i, keys: /key|sdk|token|secret/i });

export const configcatSdkKey: PatternRule = {
  kind: 'pattern',
  id: 'configcat-sdk-key',
  title: 'ConfigCat SDK key',
  category: 'secret',
  severity: 'warning',
  description: 'A ConfigCat SDK key; it downloads the config of one environment, exposing every feature flag, its targeting rules and the user attributes they compare against.',
  remediation: REMEDIATION,
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until rotated',
  keywords: ['configcat'],
  pattern: /(?<![\w/-])((?:configcat-sdk-1\/)?[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22})(?![\w/-])/,
  entropy: 3.5,
  validate: (key, ctx) => (key.startsWith('configcat-sdk-1/') ? true : legacy(key, ctx)),
  prefix: 'configcat-sdk-1/',
  examples: () => ({
    match: [
      `CONFIGCAT_SDK_KEY=configcat-sdk-1/${fakeChars(BASE64URL, 22, 'a')}/${fakeChars(BASE64URL, 22, 'b')}`,
      `configcat_key: "${fakeChars(BASE64URL, 22, 'c')}/${fakeChars(BASE64URL, 22, 'd')}"`,
    ],
    noMatch: [`SDK_KEY=${fakeChars(BASE64URL, 22, 'e')}/${fakeChars(BASE64URL, 22, 'f')}`, `CONFIGCAT_SDK_KEY=configcat-sdk-1/short/${fakeChars(BASE64URL, 22, 'g')}`],
  }),
};

