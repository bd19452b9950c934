import type { PatternRule } from '../../index.js';
import { BASE64URL, HEX, fakeChars } from '../testing/fake.js';
import { near } from './context.js';

/**
 * Teams incoming webhooks (Office 365 connectors): `https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/
 * IncomingWebhook/<32 hex>/<owner>[/<signature>]`, formerly under outlook.office.com/webhook/. Microsoft is retiring
 * connectors in favour of Workflows (Power Automate) webhooks, whose URL carries a `sig=` SAS signature.
 */

const uuid = (salt: string) => {
  const h = fakeChars(HEX, 32, salt);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const microsoftTeamsWebhookUrl: PatternRule = {
  kind: 'pattern',
  id: 'microsoft-teams-webhook-url',
  title: 'Microsoft Teams incoming webhook URL',
  category: 'secret',
  severity: 'warning',
  description: 'A Microsoft Teams incoming webhook (Office 365 connector) URL; anyone holding it can post cards into the channel.',
  remediation:
    'Remove the Incoming Webhook connector from the channel (Manage channel > Connectors) and create a new one, or move to a Teams Workflows webhook; load the URL from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until the connector is removed',
  replacement: 'Teams Workflows webhooks, or a bot registered in Entra ID',
  keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
  pattern: new RegExp(
    `(https://(?:[a-z0-9-]{1,63}\\.webhook|outlook)\\.office\\.com/webhook(?:b2)?/${UUID}@${UUID}/IncomingWebhook/[0-9a-f]{32}/${UUID}(?:/[A-Za-z0-9_-]{20,80})?)`,
  ),
  prefix: 'https://',
  examples: () => ({
    match: [
      `TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/${uuid('g')}@${uuid('t')}/IncomingWebhook/${fakeChars(HEX, 32, 'i')}/${uuid('o')}`,
      `webhook_url: "https://outlook.office.com/webhook/${uuid('g2')}@${uuid('t2')}/IncomingWebhook/${fakeChars(HEX, 32, 'i2')}/${uuid('o2')}"`,
      `$uri = "https://fabrikam.webhook.office.com/webhookb2/${uuid('g3')}@${uuid('t3')}/IncomingWebhook/${fakeChars(HEX, 32, 'i3')}/${uuid('o3')}/V2${fakeChars(BASE64URL, 40, 'v2')}"`,
    ],
    noMatch: [
      'TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner>',
      'See https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
    ],
  }),
};

export const microsoftTeamsWorkflowWebhookUrl: PatternRule = {
  kind: 'pattern',
  id: 'microsoft-teams-workflow-webhook-url',
  title: 'Microsoft Teams Workflows (Power Automate) webhook URL',
  category: 'secret',
  severity: 'warning',
  description: 'A Power Automate / Teams Workflows HTTP trigger URL with its `sig` signature; anyone holding it can run the flow, which usually posts into Teams.',
  remediation:
    'Regenerate the trigger URL (re-save the flow or create a new "When a Teams webhook request is received" trigger) so the old signature stops working, and load the URL from an environment variable or a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'valid until the flow or its trigger is changed',
  keywords: ['powerplatform.com', 'logic.azure.com'],
  // the signature is the secret; the host check keeps other `sig=` parameters (SAS URLs) out
  pattern: /[?&]sig=([A-Za-z0-9_%-]{40,100})/,
  validate: (_sig, ctx) =>
    near(ctx, /\.environment\.api\.powerplatform\.com|\.logic\.azure\.com/i, 400) ? true : 'not a Power Automate trigger URL',
  examples: () => ({
    match: [
      `TEAMS_FLOW_URL=https://default${fakeChars(HEX, 30, 'e')}.0a.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${fakeChars(HEX, 32, 'f')}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${fakeChars(BASE64URL, 43, 's')}`,
      `url: "https://prod-27.westeurope.logic.azure.com:443/workflows/${fakeChars(HEX, 32, 'g')}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${fakeChars(BASE64URL, 43, 't')}"`,
    ],
    noMatch: [
      `url: "https://default${fakeChars(HEX, 30, 'h')}.0a.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${fakeChars(HEX, 32, 'i')}/triggers/manual/paths/invoke?api-version=1"`,
      `blob: "https://example.blob.core.windows.net/c/f.txt?sv=2022-11-02&sig=${fakeChars(BASE64URL, 43, 'u')}"`,
    ],
  }),
};
