import type { PatternRule } from '../../index.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';

/**
 * Telegram bot tokens (core.telegram.org/bots/api#authorizing-your-bot): the bot's numeric id, a colon and 35
 * base64url characters that in practice always begin with "AA". ":AA" is a literal every token contains, so it
 * serves as the keyword and the rule needs no "telegram" nearby; the `bot` alternative keeps
 * `api.telegram.org/bot<token>/` URLs, where the id follows "bot" directly.
 */

const botId = (salt: string) => fakeChars('123456789', 1, salt) + fakeChars('0123456789', 9, salt);

export const telegramBotToken: PatternRule = {
  kind: 'pattern',
  id: 'telegram-bot-token',
  title: 'Telegram bot token',
  category: 'secret',
  severity: 'error',
  description: 'A Telegram Bot API token; it controls the bot: reads the messages sent to it, sends as it, and changes its settings.',
  remediation:
    'Revoke it with @BotFather (/revoke) to issue a new token, then load the token from an environment variable or a secret manager instead of the file.',
  lifetime: 'static',
  lifetimeDetail: 'valid until revoked with @BotFather',
  keywords: [':aa'],
  pattern: /(?:^|[^A-Za-z0-9_:]|bot)(\d{6,12}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  examples: () => ({
    match: [
      `TELEGRAM_BOT_TOKEN=${botId('a')}:AA${fakeChars(BASE64URL, 33, 'a')}`,
      `requests.get(f"https://api.telegram.org/bot${botId('b')}:AA${fakeChars(BASE64URL, 33, 'b')}/sendMessage", params=params)`,
      `telegram:\n  token: "${botId('c')}:AA${fakeChars(BASE64URL, 33, 'c')}"`,
    ],
    noMatch: [
      'TELEGRAM_BOT_TOKEN=123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'arn:aws:sns:us-east-1:111122223333:AAaaaaaaaaaaaaaaaaassssssddddddddddddd',
      `token = "foo:AA${fakeChars(BASE64URL, 33, 'd')}"`,
    ],
  }),
};
