import type { PatternRule } from '../../index.js';
import { HEX, fake, fakeChars } from '../testing/fake.js';
import { assignedTo } from '../messaging/context.js';

/**
 * ElevenLabs API keys: current `sk_` + 48 lowercase hex, legacy 32 lowercase hex. The API header is
 * `xi-api-key`, so that name counts as well as "elevenlabs". The legacy form has no prefix and must be assigned
 * to such a name.
 */

const isElevenLabs = assignedTo('eleven[_ -]?labs|xi[_-]api[_-]key', { keyish: true });

export const elevenlabsApiKey: PatternRule = {
  kind: 'pattern',
  id: 'elevenlabs-api-key',
  title: 'ElevenLabs API key',
  category: 'secret',
  severity: 'error',
  description: "An ElevenLabs API key; it generates speech billed to the account's credits and reads and changes its voices, including cloned voices.",
  remediation:
    'Delete the key in ElevenLabs (Developers > API Keys), create a new one with restricted endpoints and a credit limit, and load it from an environment variable (ELEVENLABS_API_KEY) or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  keywords: ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'],
  linesAround: 3,
  pattern: /\b(sk_[0-9a-f]{48}|[0-9a-f]{32})\b/,
  entropy: 3,
  validate: (secret, ctx) => (secret.startsWith('sk_') || isElevenLabs(ctx) ? true : 'not assigned to an ElevenLabs key name'),
  examples: () => ({
    match: [`ELEVENLABS_API_KEY=${fake('sk_', HEX, 48, 'a')}`, `XI_API_KEY = '${fakeChars(HEX, 32, 'b')}'`, `curl https://api.elevenlabs.io/v1/voices -H "xi-api-key: ${fake('sk_', HEX, 48, 'c')}"`],
    noMatch: [`ELEVENLABS_API_KEY=${fake('sk_', HEX, 32, 'd')}`, `ELEVENLABS_VOICE_ID=${fakeChars(HEX, 32, 'e')}`],
  }),
};
