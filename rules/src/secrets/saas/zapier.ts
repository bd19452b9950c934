import type { PatternRule } from '../../rule.js';
import { fakeChars, LOWER_ALNUM } from '../testing/fake.js';

/** Zapier catch-hook URLs: `https://hooks.zapier.com/hooks/catch/<account id>/<hook id>/`. The URL is the credential. */
export const zapierWebhookUrl: PatternRule = {
  kind: 'pattern',
  id: 'zapier-webhook-url',
  title: 'Zapier webhook URL',
  category: 'secret',
  severity: 'warning',
  description: 'A Zapier "Catch Hook" webhook URL; anyone who has it can trigger the Zap with data of their choosing, and through it whatever actions the Zap performs.',
  remediation:
    'Turn the Zap off and create a new Catch Hook trigger (which issues a new URL), add a shared-secret check in the Zap, and keep the URL in a secret store or environment variable.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid while the Zap exists',
  keywords: ['hooks.zapier.com'],
  pattern: /(https:\/\/hooks\.zapier\.com\/hooks\/catch\/[0-9]{4,12}\/[a-z0-9]{5,12})\b/,
  examples: () => ({
    match: [`ZAPIER_WEBHOOK=https://hooks.zapier.com/hooks/catch/${fakeChars('0123456789', 8, 'acct')}/${fakeChars(LOWER_ALNUM, 7, 'hook')}/`],
    noMatch: ['See https://hooks.zapier.com/hooks/catch/123/ for details', 'https://zapier.com/apps/webhook/integrations'],
  }),
};
