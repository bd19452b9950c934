import type { LifetimeInfo, PatternRule } from '../../index.js';
import { ALNUM, HEX, fakeChars } from '../testing/fake.js';

/**
 * Slack's token formats (api.slack.com/authentication/token-types): a type prefix, numeric team / user / app
 * ids and a random part. Bot and user tokens never expire unless the app turned on token rotation; then Slack
 * issues `xoxe.xoxb-` / `xoxe.xoxp-` access tokens that expire after 12 hours plus an `xoxe-` refresh token.
 * App configuration tokens (`xoxe.xoxp-`) also expire after 12 hours.
 */

const DIGITS = '0123456789';
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const digits = (n: number, salt: string) => fakeChars(DIGITS, n, salt).replace(/^0/, '4');

const ROTATION = 'Slack token rotation (12-hour access tokens with a refresh token)';
const STORE =
  'read it from an environment variable or a secret manager (Vault, AWS Secrets Manager, a CI secret) instead of the file';

export const slackBotToken: PatternRule = {
  kind: 'pattern',
  id: 'slack-bot-token',
  title: 'Slack bot token',
  category: 'secret',
  severity: 'error',
  description: 'A Slack bot user token (xoxb-), which acts as the app in every channel the bot can reach.',
  remediation: `Revoke it (api.slack.com/apps > your app > OAuth & Permissions, or the auth.revoke method) and reinstall the app, then ${STORE}; turn on token rotation so leaked tokens expire within 12 hours.`,
  lifetime: 'static',
  lifetimeDetail: 'never expires unless revoked (no token rotation)',
  replacement: ROTATION,
  keywords: ['xoxb-'],
  // team id, optional bot user id (legacy bot tokens have one numeric part), then the random part
  pattern: /\b(xoxb-\d{8,14}-(?:\d{8,14}-)?[A-Za-z0-9]{18,40})\b/,
  prefix: 'xoxb-',
  examples: () => ({
    match: [
      `SLACK_BOT_TOKEN=xoxb-${digits(12, 'a')}-${digits(13, 'b')}-${fakeChars(ALNUM, 24, 'bot')}`,
      `slack:\n  bot_token: "xoxb-${digits(11, 'c')}-${digits(12, 'd')}-${fakeChars(ALNUM, 24, 'bot2')}"`,
      `app = App(token="xoxb-${digits(12, 'e')}-${fakeChars(ALNUM, 24, 'legacy')}")`,
    ],
    noMatch: [
      'SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
      'token: xoxb-your-bot-token',
      'const token = process.env.SLACK_BOT_TOKEN; // xoxb-...',
    ],
  }),
};

export const slackUserToken: PatternRule = {
  kind: 'pattern',
  id: 'slack-user-token',
  title: 'Slack user token',
  category: 'secret',
  severity: 'error',
  description: 'A Slack user token (xoxp-), which acts as the person who installed the app, with all of their access.',
  remediation: `Revoke it (auth.revoke, or remove the app's authorization in the workspace), then ${STORE}; prefer a bot token with narrow scopes, and turn on token rotation.`,
  lifetime: 'static',
  lifetimeDetail: 'never expires unless revoked (no token rotation)',
  replacement: ROTATION,
  // xoxe- with four numeric parts is the same shape (file-access tokens in Slack file URLs)
  keywords: ['xoxp-', 'xoxe-'],
  pattern: /\b(xox[pe]-\d{6,13}-\d{6,13}-\d{6,13}-[A-Za-z0-9]{18,40})\b/,
  prefix: 'xoxp-',
  examples: () => ({
    match: [
      `SLACK_USER_TOKEN=xoxp-${digits(12, 'f')}-${digits(12, 'g')}-${digits(12, 'h')}-${fakeChars(HEX, 32, 'user')}`,
      `{"user_token": "xoxp-${digits(11, 'i')}-${digits(10, 'j')}-${digits(11, 'k')}-${fakeChars(HEX, 32, 'user2')}"}`,
    ],
    noMatch: [
      `SLACK_USER_TOKEN=xoxp-${'X'.repeat(12)}-${'X'.repeat(12)}-${'X'.repeat(12)}-${'X'.repeat(32)}`,
      '"token": "xoxp-42"',
      `token = "xoxp-${digits(12, 'l')}-${digits(12, 'm')}-${digits(12, 'n')}-${'*'.repeat(32)}"`,
    ],
  }),
};

export const slackAppToken: PatternRule = {
  kind: 'pattern',
  id: 'slack-app-token',
  title: 'Slack app-level token',
  category: 'secret',
  severity: 'error',
  description: 'A Slack app-level token (xapp-), used for Socket Mode connections and app-wide APIs across every workspace the app is in.',
  remediation: `Revoke and regenerate it under api.slack.com/apps > Basic Information > App-Level Tokens, then ${STORE}.`,
  lifetime: 'static',
  lifetimeDetail: 'never expires until revoked',
  keywords: ['xapp-'],
  pattern: /\b(xapp-\d-[A-Z0-9]{8,14}-\d{8,15}-[A-Za-z0-9]{40,80})\b/,
  prefix: 'xapp-',
  examples: () => ({
    match: [
      `SLACK_APP_TOKEN=xapp-1-A${fakeChars(UPPER_DIGITS, 10, 'app')}-${digits(13, 'o')}-${fakeChars(HEX, 64, 'app')}`,
      `socket_mode:\n  app_token: 'xapp-1-A${fakeChars(UPPER_DIGITS, 10, 'app2')}-${digits(13, 'p')}-${fakeChars(HEX, 64, 'app2')}'`,
    ],
    noMatch: ['SLACK_APP_TOKEN=xapp-1-XXXXXXXXXXX-XXXXXXXXXXXXX-XXXX', 'export SLACK_APP_TOKEN=xapp-<your-app-token>'],
  }),
};

const LEGACY: Record<string, LifetimeInfo & { title: string }> = {
  xoxa: { title: 'Slack workspace app access token (deprecated)', lifetime: 'unknown', detail: 'workspace-app token; may expire if the app used refresh tokens' },
  xoxr: { title: 'Slack workspace app refresh token (deprecated)', lifetime: 'long', detail: 'refresh token; valid until revoked' },
  xoxo: { title: 'Slack legacy token', lifetime: 'static', detail: 'never expires until revoked' },
  xoxs: { title: 'Slack legacy user session token', lifetime: 'static', detail: 'never expires until revoked' },
};

export const slackLegacyToken: PatternRule = {
  kind: 'pattern',
  id: 'slack-legacy-token',
  title: 'Slack legacy token',
  category: 'secret',
  severity: 'error',
  description: 'A Slack legacy or workspace-app token (xoxa-, xoxr-, xoxo-, xoxs-): older token types that carry broad user or workspace access.',
  remediation: `Revoke it (auth.revoke or the legacy token page), migrate the integration to a Slack app with granular bot scopes, then ${STORE}.`,
  lifetime: 'static',
  lifetimeDetail: 'never expires until revoked',
  replacement: ROTATION,
  keywords: ['xoxa-', 'xoxr-', 'xoxo-', 'xoxs-'],
  // numeric ids separated by dashes, then the random part; flat (no nested quantifier) so recheck proves it linear
  pattern: /\b(xox[aors]-(?:\d-)?\d{4,14}-(?:\d{4,14}-)?(?:\d{4,14}-)?[A-Za-z0-9]{8,64})\b/,
  lifetimeOf: (token) => LEGACY[token.slice(0, 4)],
  describe: (token) => LEGACY[token.slice(0, 4)]?.title,
  prefix: 'xox',
  examples: () => ({
    match: [
      `SLACK_TOKEN=xoxs-${digits(12, 'q')}-${digits(9, 'r')}-${digits(10, 's')}-${fakeChars(HEX, 10, 'legacy')}`,
      `"access_token": "xoxa-2-${digits(9, 't')}-${digits(11, 'u')}-${digits(13, 'v')}-${fakeChars(HEX, 18, 'ws')}"`,
    ],
    noMatch: [
      '![party](https://example.com/photos/2019-xoxo-party-1024-768-5.jpg)',
      'see https://github.com/xoxa-labs/xoxa-site/blob/main/README.md',
    ],
  }),
};

export const slackExpiringAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'slack-expiring-access-token',
  title: 'Slack expiring access or configuration token',
  category: 'secret',
  severity: 'warning',
  description: 'A Slack access token issued under token rotation or an app configuration token (xoxe.xoxb-, xoxe.xoxp-); it expires 12 hours after issue, but is still a live credential until then.',
  remediation: `Revoke it (auth.revoke) if it may still be valid, and keep rotated tokens in the app's installation store or a secret manager rather than in files; ${STORE}.`,
  lifetime: 'short',
  lifetimeDetail: 'expires 12 hours after it was issued',
  keywords: ['xoxe.xoxb-', 'xoxe.xoxp-'],
  pattern: /\b(xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,200})\b/,
  prefix: 'xoxe.',
  examples: () => ({
    match: [
      `SLACK_CONFIG_TOKEN=xoxe.xoxp-1-${fakeChars(ALNUM, 164, 'cfg')}`,
      `{"access_token": "xoxe.xoxb-1-${fakeChars(ALNUM, 160, 'rot')}"}`,
    ],
    noMatch: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-PasteYourConfigTokenHere', 'token: xoxe.xoxp-1-replace-me'],
  }),
};

export const slackRefreshToken: PatternRule = {
  kind: 'pattern',
  id: 'slack-refresh-token',
  title: 'Slack refresh token',
  category: 'secret',
  severity: 'error',
  description: 'A Slack refresh token (xoxe-) for a rotating access token or an app configuration token; whoever holds it can mint new 12-hour access tokens.',
  remediation: `Revoke the token set (auth.revoke) and re-run the OAuth or tooling.tokens.rotate flow, then keep refresh tokens only in the app's installation store or a secret manager; ${STORE}.`,
  lifetime: 'long',
  lifetimeDetail: 'single-use, but valid until it is exchanged',
  keywords: ['xoxe-'],
  pattern: /\b(xoxe-\d-[A-Za-z0-9]{100,200})\b/,
  prefix: 'xoxe-',
  examples: () => ({
    match: [`SLACK_REFRESH_TOKEN=xoxe-1-${fakeChars(ALNUM, 146, 'refresh')}`, `refresh_token: "xoxe-1-${fakeChars(ALNUM, 146, 'refresh2')}"`],
    noMatch: ['refresh_token: xoxe-1-xxx', 'XOXE-1-BRB, back in 5'],
  }),
};

export const slackSessionToken: PatternRule = {
  kind: 'pattern',
  id: 'slack-session-token',
  title: 'Slack browser session token or cookie',
  category: 'secret',
  severity: 'error',
  description: 'A Slack client session token (xoxc-) or session cookie (xoxd-) taken from a browser or desktop client; together they give full access as that user.',
  remediation: 'Sign the user out of all sessions (workspace admin or the account page) to invalidate it, and never copy browser session material into code; use a Slack app token with narrow scopes for automation.',
  lifetime: 'long',
  lifetimeDetail: 'valid until the user signs out or the session times out',
  keywords: ['xoxc-', 'xoxd-'],
  pattern: /\b(xoxc-\d{9,15}-\d{9,15}-\d{9,15}-[a-f0-9]{64}|xoxd-[A-Za-z0-9%/+=_-]{60,400})/,
  // session cookies are URL-encoded base64; a low-entropy value is a made-up example
  entropy: 3.5,
  prefix: 'xox',
  examples: () => ({
    match: [
      `SLACK_XOXC=xoxc-${digits(10, 'w')}-${digits(13, 'x')}-${digits(13, 'y')}-${fakeChars(HEX, 64, 'xoxc')}`,
      `cookie = "d=xoxd-${fakeChars(ALNUM + '%', 180, 'xoxd')}"`,
    ],
    noMatch: ['"cookie": "xoxd-<paste from the browser>"', `TEST_XOXC = "xoxc-${'9'.repeat(12)}-${'9'.repeat(12)}-${'9'.repeat(13)}-${'f'.repeat(64)}"`],
  }),
};

const T = (salt: string) => `T${fakeChars(UPPER_DIGITS, 10, salt)}`;

/** The URL's secret path segment is random; `XXXX…` or a handful of characters is a template. */
function randomTail(url: string): true | string {
  const tail = url.slice(url.lastIndexOf('/') + 1);
  return new Set(tail).size >= 10 ? true : 'webhook secret segment is a placeholder';
}

export const slackWebhookUrl: PatternRule = {
  kind: 'pattern',
  id: 'slack-webhook-url',
  title: 'Slack incoming webhook URL',
  category: 'secret',
  severity: 'warning',
  description: 'A Slack incoming webhook URL; anyone holding it can post messages (including convincing phishing) into the channel it targets.',
  remediation: `Remove the webhook (api.slack.com/apps > Incoming Webhooks, or the channel's integration settings) and create a new one, then ${STORE}.`,
  lifetime: 'static',
  lifetimeDetail: 'valid until the webhook is removed',
  keywords: ['hooks.slack.com'],
  // workspace id, bot/channel id, 24-character secret
  pattern: /\b(hooks\.slack\.com\/services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{24})\b/,
  validate: randomTail,
  prefix: 'hooks.slack.com/services/',
  examples: () => ({
    match: [
      `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/${T('w1')}/B${fakeChars(UPPER_DIGITS, 10, 'w1')}/${fakeChars(ALNUM, 24, 'w1')}`,
      `requests.post("https://hooks.slack.com/services/${T('w2')}/B${fakeChars(UPPER_DIGITS, 9, 'w2')}/${fakeChars(ALNUM, 24, 'w2')}", json=payload)`,
    ],
    noMatch: [
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX',
      'url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    ],
  }),
};

export const slackWorkflowWebhookUrl: PatternRule = {
  kind: 'pattern',
  id: 'slack-workflow-webhook-url',
  title: 'Slack workflow webhook URL',
  category: 'secret',
  severity: 'warning',
  description: 'A Slack Workflow Builder webhook trigger URL; anyone holding it can start the workflow with their own input.',
  remediation: `Delete or re-create the workflow's webhook trigger in Workflow Builder so the old URL stops working, then ${STORE}.`,
  lifetime: 'static',
  lifetimeDetail: 'valid until the trigger is removed',
  keywords: ['hooks.slack.com'],
  pattern:
    /\b(hooks\.slack\.com\/(?:workflows\/T[A-Z0-9]{6,12}\/A[A-Z0-9]{6,14}\/\d{10,20}\/[A-Za-z0-9]{20,40}|triggers\/T[A-Z0-9]{6,12}\/\d{10,20}\/[A-Za-z0-9]{20,40}))\b/,
  validate: randomTail,
  prefix: 'hooks.slack.com/',
  examples: () => ({
    match: [
      `WORKFLOW_URL=https://hooks.slack.com/triggers/${T('t1')}/${digits(13, 't1')}/${fakeChars(HEX, 32, 't1')}`,
      `url: "https://hooks.slack.com/workflows/${T('t2')}/A${fakeChars(UPPER_DIGITS, 10, 't2')}/${digits(18, 't2')}/${fakeChars(ALNUM, 24, 't2')}"`,
    ],
    noMatch: ['url: https://hooks.slack.com/triggers/TXXXXXXXX/XXXX/XXXX', 'see https://api.slack.com/automation/triggers/webhook'],
  }),
};
