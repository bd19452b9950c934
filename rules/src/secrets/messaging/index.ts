import type { Rule } from '../../rule.js';
import { brevoApiKey, brevoSmtpKey } from './brevo.js';
import { discordBotToken, discordWebhookUrl } from './discord.js';
import { intercomAccessToken } from './intercom.js';
import { mailchimpApiKey } from './mailchimp.js';
import { mailgunApiKey } from './mailgun.js';
import { messagebirdApiKey } from './messagebird.js';
import { microsoftTeamsWebhookUrl, microsoftTeamsWorkflowWebhookUrl } from './microsoft-teams.js';
import { postmarkToken } from './postmark.js';
import { pusherAppSecret } from './pusher.js';
import { sendgridApiKey } from './sendgrid.js';
import {
  slackAppToken,
  slackBotToken,
  slackExpiringAccessToken,
  slackLegacyToken,
  slackRefreshToken,
  slackSessionToken,
  slackUserToken,
  slackWebhookUrl,
  slackWorkflowWebhookUrl,
} from './slack.js';
import { telegramBotToken } from './telegram.js';
import { twilioApiKey, twilioAuthToken } from './twilio.js';
import { vonageApiSecret } from './vonage.js';
import { zendeskApiToken } from './zendesk.js';

/** Prefixed formats first, keyword-context formats (bare hex, UUIDs) last: on a shared span the earlier rule wins. */
export const messagingRules: Rule[] = [
  slackBotToken,
  slackUserToken,
  slackAppToken,
  slackLegacyToken,
  slackExpiringAccessToken,
  slackRefreshToken,
  slackSessionToken,
  slackWebhookUrl,
  slackWorkflowWebhookUrl,
  discordBotToken,
  discordWebhookUrl,
  telegramBotToken,
  microsoftTeamsWebhookUrl,
  microsoftTeamsWorkflowWebhookUrl,
  sendgridApiKey,
  brevoApiKey,
  brevoSmtpKey,
  mailchimpApiKey,
  intercomAccessToken,
  mailgunApiKey,
  twilioApiKey,
  twilioAuthToken,
  postmarkToken,
  messagebirdApiKey,
  vonageApiSecret,
  pusherAppSecret,
  zendeskApiToken,
];
