import type { PatternRule } from '../../index.js';
import { BASE64URL, HEX, LOWER_ALNUM, fakeChars } from '../testing/fake.js';
import { assignedTo, KEYISH, settingName, textAfter, textBefore } from './shared.js';

/**
 * IBM Cloud. None of its credentials has a prefix: IAM API keys are 44 base64url characters, Cloud Object
 * Storage HMAC secrets 48 hex, SoftLayer (classic infrastructure) API keys 64 hex, Cloudant legacy passwords 64
 * hex or API keys of 24 letters. Each rule therefore needs an IBM name on the line.
 */

const REPLACEMENT = 'trusted profiles with compute-resource identity (IKS, Code Engine, VSI), which issue short-lived IAM tokens';

const IBM_KEY_SETTING = assignedTo({ name: KEYISH, provider: /ibm|^ic[_.-]|^iam/i, what: 'an IBM Cloud API key setting' });
const SOFTLAYER_SETTING = assignedTo({ name: KEYISH, provider: /softlayer/i, what: 'a SoftLayer API key setting' });
const CLOUDANT_SETTING = assignedTo({ name: /pass|pwd|pw$|key|secret/i, provider: /cloudant/i, what: 'a Cloudant credential setting' });

export const ibmCloudApiKey: PatternRule = {
  kind: 'pattern',
  id: 'ibm-cloud-api-key',
  title: 'IBM Cloud IAM API key',
  category: 'secret',
  severity: 'error',
  description: 'An IBM Cloud IAM API key (44 characters) next to an IBM name; it exchanges for IAM tokens with every access policy of its user or service ID.',
  remediation:
    'Delete the key (Manage > Access (IAM) > API keys or the service ID\'s keys), then give workloads a trusted profile with compute-resource identity instead of a stored key.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set or it is deleted',
  replacement: REPLACEMENT,
  // A service credential JSON spreads apikey and the iam_* fields over lines, so IBM markers open a window.
  keywords: ['ibm', 'iam_api_key', 'iam-api-key', 'iamapikey', 'iam_apikey', 'ic_api_key', 'crn:v1:bluemix'],
  linesAround: 3,
  pattern: /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{44})(?![A-Za-z0-9_-])/,
  // a bare `apikey` counts inside the windows the IBM markers open (service credential JSON)
  validate: (key, ctx) =>
    /^api[_.-]?key$/i.test(settingName(ctx)) ? true : IBM_KEY_SETTING(key, ctx),
  entropy: 3.5,
  examples: () => ({
    match: [
      `export IBMCLOUD_API_KEY=${fakeChars(BASE64URL, 44, 'env')}`,
      `{\n  "apikey": "${fakeChars(BASE64URL, 44, 'json')}",\n  "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:cloud-object-storage:global:a/0123",\n  "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Writer"\n}`,
      `provider "ibm" {\n  ibmcloud_api_key = "${fakeChars(BASE64URL, 44, 'tf')}"\n}`,
    ],
    noMatch: ['IBMCLOUD_API_KEY="insert_key_here"', `ibm_iam_key:= "${fakeChars(BASE64URL, 44, 'x')}extra"`, `cloud_api_key = "${fakeChars(BASE64URL, 44, 'noibm')}"`],
  }),
};

export const ibmCosHmacSecret: PatternRule = {
  kind: 'pattern',
  id: 'ibm-cos-hmac-secret-key',
  title: 'IBM Cloud Object Storage HMAC secret key',
  category: 'secret',
  severity: 'error',
  description: 'An IBM Cloud Object Storage HMAC secret access key (48 hex characters); with its access key ID it signs S3-compatible requests with the service credential\'s role.',
  remediation:
    'Delete the service credential that holds the HMAC keys (Object Storage > Service credentials) and use IAM API-key or trusted-profile authentication with short-lived tokens instead of HMAC.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until the service credential is deleted',
  replacement: REPLACEMENT,
  keywords: ['secret_access_key', 'secret-access-key', 'secretaccesskey', 'cos_', 'cos-', 'coshmac', 'ibmcos'],
  pattern: /(?<![A-Za-z0-9])([a-f0-9]{48})(?![A-Za-z0-9])/,
  validate: assignedTo({ name: /secret[_.-]?access[_.-]?key|cos[\w.-]*secret[_.-]?(?:access[_.-]?)?key/i, what: 'an HMAC secret key setting' }),
  entropy: 3.0,
  examples: () => ({
    match: [
      `"cos_hmac_keys": {\n  "access_key_id": "${fakeChars(HEX, 32, 'id')}",\n  "secret_access_key": "${fakeChars(HEX, 48, 'json')}"\n}`,
      `COS_HMAC_SECRET_ACCESS_KEY=${fakeChars(HEX, 48, 'env')}`,
    ],
    noMatch: [`secret_access_key = "${fakeChars(HEX, 48, 'x')}extra"`, 'secret_access_key=<hmac-secret>', `cos_secret_key = "${fakeChars(HEX, 40, 'short')}"`],
  }),
};

export const ibmSoftlayerApiKey: PatternRule = {
  kind: 'pattern',
  id: 'ibm-softlayer-api-key',
  title: 'IBM SoftLayer (classic infrastructure) API key',
  category: 'secret',
  severity: 'error',
  description: 'An IBM Cloud classic infrastructure (SoftLayer) API key (64 hex characters); it acts as its user on servers, storage and network devices.',
  remediation:
    'Remove the classic infrastructure API key from the user (Manage > Access (IAM) > Users > API keys) and use IBM Cloud IAM API keys or trusted profiles for the classic APIs.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until removed',
  replacement: REPLACEMENT,
  keywords: ['softlayer', 'sl_api', 'sl-api', 'slapi'],
  pattern: /(?<![A-Za-z0-9])([a-f0-9]{64})(?![A-Za-z0-9])/,
  validate: (key, ctx) => {
    // https://user:<key>@api.softlayer.com/rest/v3/...
    if (/^@api\.(?:service\.)?softlayer\.com/.test(textAfter(key, ctx)) && /https?:\/\/[\w.-]{1,64}:$/.test(textBefore(ctx))) return true;
    return /^sl[_.-]?api[_.-]?key$|^slapikey$/i.test(settingName(ctx))
      ? true
      : SOFTLAYER_SETTING(key, ctx);
  },
  entropy: 3.0,
  examples: () => ({
    match: [
      `export SL_API_KEY=${fakeChars(HEX, 64, 'env')}`,
      `[softlayer]\nusername = ops\napi_key = ${fakeChars(HEX, 64, 'ini')}\nsoftlayer_api_key = ${fakeChars(HEX, 64, 'ini2')}`,
      `curl "https://ops:${fakeChars(HEX, 64, 'url')}@api.softlayer.com/rest/v3/SoftLayer_Account.json"`,
    ],
    noMatch: ['softlayer_api_key="%s" % SL_API_KEY_ENV', 'SOFTLAYER_APIKEY: "insert_key_here"', `slug_key: ${fakeChars(HEX, 64, 'slug')}`],
  }),
};

export const ibmCloudantCredentials: PatternRule = {
  kind: 'pattern',
  id: 'ibm-cloudant-credentials',
  title: 'IBM Cloudant legacy credentials',
  category: 'secret',
  severity: 'error',
  description: 'An IBM Cloudant legacy password or API key, in a Cloudant URL or under a Cloudant name; legacy credentials read and write the databases they are granted.',
  remediation:
    'Delete the legacy API key or reset the account password in the Cloudant dashboard, then switch the instance to IAM authentication and connect with a trusted profile or an IAM API key from a secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted or reset',
  replacement: REPLACEMENT,
  keywords: ['cloudant'],
  pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{24,64})(?![A-Za-z0-9])/,
  validate: (key, ctx) => {
    // https://user:<password>@account.cloudant.com
    if (/^@[\w-]{1,64}\.cloudant(?:nosqldb\.appdomain)?\.com/.test(textAfter(key, ctx)) && /https?:\/\/[\w.-]{1,64}:$/.test(textBefore(ctx))) return true;
    return CLOUDANT_SETTING(key, ctx);
  },
  entropy: 3.0,
  examples: () => ({
    match: [
      `COUCH_URL=https://acme-admin:${fakeChars(HEX, 64, 'url')}@acme-admin.cloudant.com`,
      `cloudant_password = '${fakeChars(HEX, 64, 'py')}'`,
      `CLOUDANT_APIKEY="${fakeChars('abcdefghijklmnopqrstuvwxyz', 24, 'key')}"`,
    ],
    noMatch: ['cloudant_password = "a-fake-tooshort-key"', `https://acme:${fakeChars(LOWER_ALNUM, 30, 'x')}@example.com`, 'CLOUDANT_URL=https://acme.cloudant.com'],
  }),
};

export const ibmRules: PatternRule[] = [ibmCloudApiKey, ibmCosHmacSecret, ibmSoftlayerApiKey, ibmCloudantCredentials];
