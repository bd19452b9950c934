import type { PatternRule } from '../../index.js';
import { BASE64URL, fakeChars } from '../testing/fake.js';
import { decodeBase64 } from './context.js';

/**
 * Discord bot tokens are three base64url parts: the bot's user id (a 17-20 digit snowflake, base64-encoded, so
 * the part starts with M, N or O), a timestamp and an HMAC. The first part must decode to digits, which a
 * random dotted string almost never does. There is no fixed prefix, so the rule has no keywords and its regex
 * runs over the whole file: V8 skips to the next M, N or O quickly, which costs far less than the 900
 * base64-of-three-digits keywords it once had (case-folded, `NDEx` matched every "index" in the code base,
 * and the 2,700 extra automaton states made the one keyword pass miss the cache).
 */

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function snowflakePart(token: string): true | string {
  const id = decodeBase64(token.slice(0, token.indexOf('.')));
  return id !== undefined && /^\d{17,20}$/.test(id) ? true : 'first part does not decode to a Discord user id';
}

/** A made-up but well-formed token for a given snowflake. */
function botToken(snowflake: string, salt: string): string {
  const id = btoa(snowflake).replace(/=+$/, '');
  return `${id}.${fakeChars(BASE64URL, 6, salt)}.${fakeChars(BASE64URL, 38, salt)}`;
}

export const discordBotToken: PatternRule = {
  kind: 'pattern',
  id: 'discord-bot-token',
  title: 'Discord bot token',
  category: 'secret',
  severity: 'error',
  description: 'A Discord bot token; it logs in as the bot with every permission the bot has in every server it joined.',
  remediation:
    'Reset the token in the Discord Developer Portal (Applications > your app > Bot > Reset Token), then load it from an environment variable or a secret manager instead of the file.',
  lifetime: 'static',
  lifetimeDetail: 'valid until reset in the Developer Portal',
  keywords: [],
  pattern: /\b([MNO][A-Za-z0-9]{22,26}\.[\w-]{6}\.[\w-]{27,38})(?![\w-])/,
  validate: snowflakePart,
  examples: () => ({
    match: [
      `DISCORD_TOKEN=${botToken('198622483471925248', 'a')}`,
      `import discord\n\nclient = discord.Client(intents=intents)\nclient.run("${botToken('1029481397654321987', 'b')}")`,
      `discord:\n  bot:\n    token: '${botToken('799281494476455987', 'c')}'`,
      `TOKEN = "${botToken('912345678901234567', 'g')}"`,
    ],
    noMatch: [
      // right shape, but the first part is not a base64 user id
      `DISCORD_TOKEN=M${fakeChars(ALNUM, 23, 'd')}.${fakeChars(BASE64URL, 6, 'd')}.${fakeChars(BASE64URL, 27, 'd')}`,
      `DISCORD_TOKEN=${botToken('198622483471925248', 'e').slice(0, 40)}`,
      `DISCORD_TOKEN=${botToken('198622483471925248', 'f').replace('.', '')}`,
    ],
  }),
};

export const discordWebhookUrl: PatternRule = {
  kind: 'pattern',
  id: 'discord-webhook-url',
  title: 'Discord webhook URL',
  category: 'secret',
  severity: 'warning',
  description: 'A Discord webhook URL with its token; anyone holding it can post to the channel as the webhook, and edit or delete what it posted.',
  remediation:
    'Delete the webhook (channel settings > Integrations > Webhooks) and create a new one, then load the URL from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until the webhook is deleted',
  keywords: ['discord.com/api', 'discordapp.com/api'],
  pattern: /\bdiscord(?:app)?\.com\/api\/(?:v\d{1,2}\/)?webhooks\/(\d{17,20}\/[\w-]{60,80})/,
  entropy: 3.5,
  examples: () => ({
    match: [
      `DISCORD_WEBHOOK=https://discord.com/api/webhooks/${fakeChars('0123456789', 19, 'w').replace(/^0/, '1')}/${fakeChars(BASE64URL, 68, 'w')}`,
      `fetch("https://discordapp.com/api/webhooks/${fakeChars('0123456789', 18, 'x').replace(/^0/, '1')}/${fakeChars(BASE64URL, 68, 'x')}", { method: "POST" })`,
    ],
    noMatch: [
      'DISCORD_WEBHOOK=https://discord.com/api/webhooks/123456789012345678/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'url: https://discord.com/api/webhooks/{webhook.id}/{webhook.token}',
    ],
  }),
};
