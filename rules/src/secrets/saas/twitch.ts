import type { PatternRule } from '../../rule.js';
import { fakeChars, LOWER_ALNUM } from '../testing/fake.js';
import { KEY_WORDS, precededBy } from './context.js';

/** Twitch OAuth access tokens and client secrets are 30 lower-case letters and digits with no prefix. */
export const twitchToken: PatternRule = {
  kind: 'pattern',
  id: 'twitch-api-token',
  title: 'Twitch client secret or access token',
  category: 'secret',
  severity: 'error',
  description: 'A Twitch client secret (mints app access tokens) or OAuth access token (acts for a user or app within its scopes) next to a Twitch name.',
  remediation:
    'Generate a new client secret for the application in the Twitch developer console (and revoke leaked access tokens at id.twitch.tv/oauth2/revoke), then load the secret from the environment or a secret manager.',
  lifetime: 'unknown',
  lifetimeDetail: 'client secrets never expire; user tokens last about four hours, app tokens about two months',
  keywords: ['twitch'],
  pattern: /\b([a-z0-9]{30})\b/,
  entropy: 3.3,
  validate: precededBy({ names: /twitch/i, keys: new RegExp(`${KEY_WORDS.source}|oauth`, 'i') }),
  examples: () => ({
    match: [
      `TWITCH_CLIENT_SECRET=${fakeChars(LOWER_ALNUM, 30, 'env')}`,
      `twitch_access_token: "${fakeChars(LOWER_ALNUM, 30, 'yaml')}"`,
      `curl https://id.twitch.tv/oauth2/validate -H 'Authorization: OAuth ${fakeChars(LOWER_ALNUM, 30, 'curl')}'`,
    ],
    noMatch: [`TWITCH_CLIENT_ID=${fakeChars(LOWER_ALNUM, 30, 'id')}`, `TWITCH_CHANNEL_LOGIN=${fakeChars(LOWER_ALNUM, 30, 'chan')}`],
  }),
};
