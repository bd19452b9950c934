import type { PatternRule } from '../../index.js';
import { HEX, fakeChars } from '../testing/fake.js';
import { assignedTo, matchedBefore } from './context.js';

/**
 * Twilio credentials are 32 lowercase hex characters: API key SIDs carry an `SK` prefix (their secret is a
 * separate 32-character string), account auth tokens carry none. "sk" is too common to be a keyword, so both
 * rules run near the word "twilio" (config blocks put it a line or two above the values).
 */

const isTwilio = assignedTo('twilio', { keyish: true });

export const twilioApiKey: PatternRule = {
  kind: 'pattern',
  id: 'twilio-api-key',
  title: 'Twilio API key SID',
  category: 'secret',
  severity: 'warning',
  description: 'A Twilio API key SID (SK…); on its own it identifies a key, and next to its secret it grants API access to the account.',
  remediation:
    'Delete the key in the Twilio Console (Account > API keys & tokens) if its secret may have leaked too, create a new one, and load SID and secret from environment variables or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until the key is deleted',
  replacement: 'short-lived Twilio Access Tokens (JWT, up to 24 hours) for client SDKs',
  keywords: ['twilio'],
  linesAround: 3,
  pattern: /\b(SK[0-9a-f]{32})\b/,
  entropy: 3,
  prefix: 'SK',
  examples: () => ({
    match: [
      `TWILIO_API_KEY=SK${fakeChars(HEX, 32, 'a')}\nTWILIO_API_SECRET=${fakeChars(HEX, 32, 'b')}`,
      `from twilio.rest import Client\nclient = Client("SK${fakeChars(HEX, 32, 'c')}", api_secret, account_sid)`,
    ],
    noMatch: [`TWILIO_API_KEY=SK${'x'.repeat(32)}`, `checksum = "SK${fakeChars(HEX, 32, 'd')}"`],
  }),
};

export const twilioAuthToken: PatternRule = {
  kind: 'pattern',
  id: 'twilio-auth-token',
  title: 'Twilio auth token',
  category: 'secret',
  severity: 'error',
  description: 'A Twilio account auth token (or API key secret) next to a Twilio name; it grants full API access to the account: calls, SMS, numbers and billing.',
  remediation:
    'Rotate the auth token in the Twilio Console (Account > API keys & tokens > Auth tokens, create and promote a secondary token), prefer API keys over the auth token, and load credentials from environment variables or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until rotated',
  replacement: 'API keys per service, and short-lived Access Tokens for client SDKs',
  keywords: ['twilio'],
  linesAround: 3,
  // an `AC<sid>:` prefix (basic auth in a URL) proves the pair; otherwise the value must be assigned to a Twilio name
  pattern: /(?:\bAC[0-9a-f]{32}:)?\b([0-9a-f]{32})\b/,
  entropy: 3,
  validate: (secret, ctx) =>
    matchedBefore(secret, ctx).startsWith('AC') || isTwilio(ctx) ? true : 'not assigned to a Twilio credential name',
  examples: () => ({
    match: [
      `TWILIO_ACCOUNT_SID=AC${fakeChars(HEX, 32, 'e')}\nTWILIO_AUTH_TOKEN=${fakeChars(HEX, 32, 'f')}`,
      `twilio:\n  auth_token: "${fakeChars(HEX, 32, 'g')}"`,
      `curl -X POST https://AC${fakeChars(HEX, 32, 'h')}:${fakeChars(HEX, 32, 'i')}@api.twilio.com/2010-04-01/Accounts`,
    ],
    noMatch: [
      `TWILIO_ACCOUNT_SID=AC${fakeChars(HEX, 32, 'j')}`,
      `twilio_auth_token = "your_auth_token"`,
      `# twilio client\nrequest_id = "${fakeChars(HEX, 32, 'k')}"`,
    ],
  }),
};
