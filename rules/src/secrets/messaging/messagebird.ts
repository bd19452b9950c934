import type { PatternRule } from '../../index.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { assignedTo } from './context.js';

/** MessageBird (Bird) REST access keys: 25 alphanumerics, test keys with a `test_` prefix. No fixed prefix for live keys. */

const isMessageBird = assignedTo('message[_-]?bird', { keyish: true });

export const messagebirdApiKey: PatternRule = {
  kind: 'pattern',
  id: 'messagebird-api-key',
  title: 'MessageBird access key',
  category: 'secret',
  severity: 'error',
  description: 'A MessageBird (Bird) REST API access key; a live key sends SMS and voice messages billed to the account and reads message history.',
  remediation:
    'Delete the key in the MessageBird dashboard (Developers > API access) and create a new one, then load it from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until deleted',
  keywords: ['messagebird', 'message_bird', 'message-bird'],
  linesAround: 3,
  pattern: /\b((?:test_)?[A-Za-z0-9]{25})\b/,
  entropy: 3.5,
  validate: (secret, ctx) => {
    const body = secret.replace(/^test_/, '');
    if (!/[0-9]/.test(body) || !/[A-Z]/.test(body) || !/[a-z]/.test(body)) return 'not a random access key';
    return isMessageBird(ctx) ? true : 'not assigned to a MessageBird key name';
  },
  examples: () => ({
    match: [
      `MESSAGEBIRD_ACCESS_KEY=${fakeChars(ALNUM, 25, 'a')}`,
      `messagebird:\n  originator: Acme\n  access_key: "${fakeChars(ALNUM, 25, 'b')}"`,
      `<MessageBirdAccessKey>\n    ${fakeChars(ALNUM, 25, 'c')}\n</MessageBirdAccessKey>`,
    ],
    noMatch: ['MESSAGEBIRD_ACCESS_KEY="XXXXXXXX"', `MESSAGEBIRD_ORIGINATOR=${fakeChars(ALNUM, 25, 'd')}`],
  }),
};
