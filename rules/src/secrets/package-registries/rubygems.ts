import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';

export const rubygemsApiKey: PatternRule = {
  kind: 'pattern',
  id: 'rubygems-api-key',
  title: 'RubyGems API key',
  category: 'secret',
  severity: 'error',
  description: 'A RubyGems.org API key (rubygems_ + 48 hex), which with the push scope publishes new versions of the owner\'s gems.',
  remediation:
    'Revoke the key at rubygems.org (Settings > API keys), scope and expire the replacement, and publish from CI with RubyGems trusted publishing (OIDC) instead of a stored key.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  replacement: 'RubyGems trusted publishing (OIDC from GitHub Actions)',
  keywords: ['rubygems_'],
  pattern: /\b(rubygems_[a-f0-9]{48})\b/,
  entropy: 3.0,
  prefix: 'rubygems_',
  examples: () => ({
    match: [`---\n:rubygems_api_key: rubygems_${fakeChars(HEX, 48, 'cred')}`, `GEM_HOST_API_KEY="rubygems_${fakeChars(HEX, 48, 'env')}"`],
    noMatch: [`GEM_HOST_API_KEY=rubygems_${fakeChars(HEX, 40, 'short')}`, 'GEM_HOST_API_KEY=rubygems_000000000000000000000000000000000000000000000000'],
  }),
};
