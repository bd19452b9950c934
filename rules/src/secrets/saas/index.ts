import type { Rule } from '../../rule.js';
import { adobeClientSecret } from './adobe.js';
import { ageSecretKey } from './age.js';
import { airtableOauthToken, airtablePat } from './airtable.js';
import { apifyApiToken } from './apify.js';
import { asanaPat } from './asana.js';
import { auth0ClientSecret } from './auth0.js';
import { braveSearchApiKey } from './brave.js';
import { canvaClientSecret } from './canva.js';
import { clickupPersonalToken } from './clickup.js';
import { cloudinaryUrl } from './cloudinary.js';
import { configcatSdkKey } from './configcat.js';
import { contentfulPat } from './contentful.js';
import { dropboxLongLivedToken, dropboxShortLivedToken } from './dropbox.js';
import { duffelAccessToken } from './duffel.js';
import { easypostApiKey } from './easypost.js';
import { facebookAccessToken, facebookAppAccessToken, facebookAppSecret } from './facebook.js';
import { figmaPat } from './figma.js';
import { frameioToken } from './frameio.js';
import { freemiusSecretKey } from './freemius.js';
import { freshdeskApiKey } from './freshdesk.js';
import { hubspotLegacyApiKey, hubspotPrivateAppToken } from './hubspot.js';
import { intra42ClientSecret } from './intra42.js';
import { launchDarklyKey } from './launchdarkly.js';
import { linearApiKey } from './linear.js';
import { linkedinClientSecret } from './linkedin.js';
import { lobApiKey } from './lob.js';
import { mapboxSecretToken } from './mapbox.js';
import { maxmindLegacyLicenseKey, maxmindLicenseKey } from './maxmind.js';
import { merakiApiKey } from './meraki.js';
import { notionIntegrationToken, notionLegacyToken } from './notion.js';
import { oktaApiToken } from './okta.js';
import { postmanApiKey } from './postman.js';
import { prefectApiKey } from './prefect.js';
import { readmeApiKey } from './readme.js';
import { segmentPublicApiToken } from './segment.js';
import { shippoApiToken } from './shippo.js';
import { tableauPatSecret } from './tableau.js';
import { telnyxApiKey } from './telnyx.js';
import { trelloToken } from './trello.js';
import { twitchToken } from './twitch.js';
import { twitterAccessToken, twitterApiSecret, twitterBearerToken } from './twitter.js';
import { typeformToken } from './typeform.js';
import { wakatimeApiKey } from './wakatime.js';
import { workosApiKey } from './workos.js';
import { yandexCloudApiKey, yandexIamToken } from './yandex.js';
import { zapierWebhookUrl } from './zapier.js';
import { zuploApiKey } from './zuplo.js';

// Prefixed and checksummed formats first; keyword-context formats (no prefix of their own) after them, so that on
// the same span the more specific finding is the one kept.
export const saasRules: Rule[] = [
  ageSecretKey,
  zuploApiKey,
  workosApiKey,
  mapboxSecretToken,
  notionIntegrationToken,
  linearApiKey,
  airtablePat,
  airtableOauthToken,
  postmanApiKey,
  figmaPat,
  contentfulPat,
  launchDarklyKey,
  segmentPublicApiToken,
  typeformToken,
  hubspotPrivateAppToken,
  frameioToken,
  adobeClientSecret,
  easypostApiKey,
  duffelAccessToken,
  shippoApiToken,
  maxmindLicenseKey,
  prefectApiKey,
  readmeApiKey,
  apifyApiToken,
  intra42ClientSecret,
  cloudinaryUrl,
  canvaClientSecret,
  telnyxApiKey,
  yandexCloudApiKey,
  yandexIamToken,
  zapierWebhookUrl,
  freemiusSecretKey,
  dropboxShortLivedToken,
  twitterBearerToken,
  facebookAccessToken,
  facebookAppAccessToken,
  configcatSdkKey,
  wakatimeApiKey,
  braveSearchApiKey,
  clickupPersonalToken,
  lobApiKey,
  asanaPat,
  notionLegacyToken,
  oktaApiToken,
  auth0ClientSecret,
  dropboxLongLivedToken,
  twitchToken,
  twitterApiSecret,
  twitterAccessToken,
  facebookAppSecret,
  linkedinClientSecret,
  hubspotLegacyApiKey,
  maxmindLegacyLicenseKey,
  merakiApiKey,
  tableauPatSecret,
  trelloToken,
  freshdeskApiKey,
];
