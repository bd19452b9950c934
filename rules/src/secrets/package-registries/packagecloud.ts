import type { PatternRule } from '../../index.js';
import { keyedSecret } from '../ci-cd/keyed.js';
import { HEX, fakeChars } from '../testing/fake.js';

/** packagecloud API tokens are 48 hex characters with no prefix: the assignment must name packagecloud. */
export const packagecloudToken: PatternRule = {
  kind: 'pattern',
  id: 'packagecloud-token',
  title: 'packagecloud API token',
  category: 'secret',
  severity: 'error',
  description: 'A 48-hex-character value assigned to a packagecloud setting: an API token that pushes and yanks packages in its owner\'s repositories.',
  remediation: 'Regenerate the API token in packagecloud (Account > API token) and pass it to CI as the PACKAGECLOUD_TOKEN secret.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until regenerated',
  keywords: ['packagecloud'],
  ...keyedSecret({ names: 'packagecloud', keys: 'token|secret|password|api[_-]?key|key|auth', value: '[0-9a-f]{48}', after: /[0-9a-z]/i }),
  entropy: 3.0,
  examples: () => ({
    match: [`PACKAGECLOUD_TOKEN=${fakeChars(HEX, 48, 'env')}`, `{"packagecloud_api_key": "${fakeChars(HEX, 48, 'json')}"}`],
    noMatch: [`token = '${fakeChars(HEX, 48, 'plain')}'`, 'PACKAGECLOUD_TOKEN=${{ secrets.PACKAGECLOUD_TOKEN }}'],
  }),
};
