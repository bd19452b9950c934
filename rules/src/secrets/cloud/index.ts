import type { Rule } from '../../rule.js';
import { alibabaRules } from './alibaba.js';
import { awsRules } from './aws.js';
import { azureDevopsRules } from './azure-devops.js';
import { azureRules } from './azure.js';
import { cloudflareRules } from './cloudflare.js';
import { digitaloceanRules } from './digitalocean.js';
import { flyioRules } from './flyio.js';
import { googleRules } from './google.js';
import { herokuRules } from './heroku.js';
import { hetznerRules } from './hetzner.js';
import { ibmRules } from './ibm.js';
import { linodeRules } from './linode.js';
import { netlifyRules } from './netlify.js';
import { renderRules } from './render.js';
import { scalingoApiToken } from './scalingo.js';
import { scalewayRules } from './scaleway.js';
import { supabaseRules } from './supabase.js';
import { tailscaleRules } from './tailscale.js';
import { vercelRules } from './vercel.js';
import { openshiftUserToken } from './openshift.js';

/**
 * Cloud and hosting platforms. Prefixed and checksummed formats come before the keyword-context ones, so that
 * on the same span the more certain rule is the one reported.
 */
export const cloudRules: Rule[] = [
  openshiftUserToken,
  ...awsRules,
  ...googleRules,
  ...azureRules,
  ...azureDevopsRules,
  ...alibabaRules,
  ...digitaloceanRules,
  ...cloudflareRules,
  ...herokuRules,
  ...flyioRules,
  ...vercelRules,
  ...netlifyRules,
  ...renderRules,
  scalingoApiToken,
  ...supabaseRules,
  ...tailscaleRules,
  ...ibmRules,
  ...scalewayRules,
  ...linodeRules,
  ...hetznerRules,
];
