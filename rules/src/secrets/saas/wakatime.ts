import type { PatternRule } from '../../rule.js';
import { fakeUuid, KEY_WORDS, precededBy, UUID } from './context.js';

/** WakaTime API keys: `waka_` + a UUID since 2023; older keys are bare UUIDs next to a WakaTime name. */
const legacy = precededBy({ names: /waka[_-]?time/i, keys: KEY_WORDS });

export const wakatimeApiKey: PatternRule = {
  kind: 'pattern',
  id: 'wakatime-api-key',
  title: 'WakaTime API key',
  category: 'secret',
  severity: 'warning',
  description: 'A WakaTime API key; it sends heartbeats as the user and reads their coding activity, projects and file names.',
  remediation:
    'Reset the key under Settings > Account > API Key on wakatime.com, and keep it in ~/.wakatime.cfg or a secret manager instead of a repository.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until reset',
  keywords: ['waka_', 'wakatime', 'waka_time'],
  pattern: new RegExp(`\\b(waka_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|${UUID})\\b`),
  entropy: 3,
  validate: (key, ctx) => (key.startsWith('waka_') ? true : legacy(key, ctx)),
  prefix: 'waka_',
  examples: () => ({
    match: [`WAKATIME_API_KEY=waka_${fakeUuid('env')}`, `[settings]\napi_key = waka_${fakeUuid('cfg')}`, `waka_time_api_key: "${fakeUuid('yaml')}"`],
    noMatch: [`API_KEY=${fakeUuid('noname')}`, 'WAKATIME_API_KEY=waka_0000000000000000000000000000000000000000'],
  }),
};

