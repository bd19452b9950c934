import type { PatternRule } from '../../index.js';
import { LOWER_ALNUM, fakeChars } from '../testing/fake.js';

/** nuget.org API keys: `oy2` followed by 43 lowercase base32-style characters. */
export const nugetApiKey: PatternRule = {
  kind: 'pattern',
  id: 'nuget-api-key',
  title: 'NuGet API key',
  category: 'secret',
  severity: 'error',
  description: 'A nuget.org API key (oy2…), which pushes or unlists packages matching its glob pattern for its owner.',
  remediation:
    'Delete or regenerate the key at nuget.org (API keys page) and publish from CI with NuGet trusted publishing (OIDC) or, failing that, a glob-scoped key in the CI secret store.',
  lifetime: 'long',
  lifetimeDetail: 'expires after the chosen period, at most 365 days',
  replacement: 'NuGet trusted publishing (OIDC from GitHub Actions)',
  keywords: ['oy2'],
  pattern: /\b(oy2[a-z0-9]{43})\b/,
  entropy: 3.5,
  prefix: 'oy2',
  examples: () => ({
    match: [`dotnet nuget push out/*.nupkg --api-key oy2${fakeChars(LOWER_ALNUM, 43, 'cli')} --source https://api.nuget.org/v3/index.json`, `NUGET_API_KEY: "oy2${fakeChars(LOWER_ALNUM, 43, 'yaml')}"`],
    noMatch: [`NUGET_API_KEY=oy2${fakeChars(LOWER_ALNUM, 30, 'short')}`, 'NUGET_API_KEY=oy2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
  }),
};
