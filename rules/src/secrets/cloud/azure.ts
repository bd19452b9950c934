import type { LifetimeInfo, MatchContext, PatternRule } from '../../index.js';
import { sha256Hex } from '../../util/hash.js';
import { ALNUM, BASE64, BASE64URL, HEX, fakeChars } from '../testing/fake.js';
import {
  base64Bytes,
  caskChecksumValid,
  caskWithChecksum,
  entraSecretChecksumValid,
  entraSecretWithChecksum,
  identifiableKeySeed,
  withIdentifiableChecksum,
} from './checksums.js';
import { around, assignedTo, durationWords, re } from './shared.js';

/**
 * Microsoft Azure. Formats per Microsoft's own scanner (github.com/microsoft/security-utilities): Entra client
 * secrets carry `7Q~`/`8Q~` at offset 3 (8Q~ ends with a Marvin32 checksum); newer service keys are
 * "identifiable" (a 4-character service signature before a Marvin32 checksum) or "common annotated" (JQQJ99 at
 * offset 52); older account keys (storage, Cosmos DB) are 64 random bytes in base64 and are reported only next to
 * their connection-string or configuration name.
 */

const MANAGED_IDENTITY = 'managed identities for Azure resources, or workload identity federation (federated credentials) for CI and Kubernetes';

// --- Entra ID (Azure AD) client secrets -------------------------------------------------------------------------

const ENTRA_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_~';

function sampleEntraSecret(salt: string): string {
  return entraSecretWithChecksum(`${fakeChars(ENTRA_CHARS, 3, salt)}8Q~${fakeChars(ENTRA_CHARS, 31, salt)}`);
}

export const azureEntraClientSecret: PatternRule = {
  kind: 'pattern',
  id: 'azure-entra-client-secret',
  title: 'Microsoft Entra ID client secret',
  category: 'secret',
  severity: 'error',
  description:
    'A Microsoft Entra ID (Azure AD) application client secret; with the app\'s client and tenant IDs it signs in as the service principal and gets every permission granted to it.',
  remediation:
    'Delete the secret under App registrations > Certificates & secrets and check the sign-in logs of the service principal. Replace it with a managed identity, a federated credential (workload identity federation) or at least a certificate kept in Key Vault.',
  lifetime: 'long',
  lifetimeDetail: 'expires on the date chosen at creation, at most 2 years (180 days recommended)',
  replacement: MANAGED_IDENTITY,
  keywords: ['8q~', '7q~'],
  // 3 characters + version marker + the rest; 8Q~ secrets (current) are 40 characters, 7Q~ (previous) 37.
  pattern: /(?<![A-Za-z0-9_~.+/-])([A-Za-z0-9_~.-]{3}(?:8Q~[A-Za-z0-9_~.-]{34}|7Q~[A-Za-z0-9_~.-]{31}))(?![A-Za-z0-9_~.+/=-])/,
  entropy: 3.5,
  validate: (secret) =>
    secret.slice(3, 6) !== '8Q~' || entraSecretChecksumValid(secret) ? true : 'Entra client secret checksum (Marvin32) does not match: not a real secret',
  examples: () => ({
    match: [
      `AZURE_CLIENT_SECRET=${sampleEntraSecret('env')}`,
      `spring:\n  cloud:\n    azure:\n      credential:\n        client-secret: "${sampleEntraSecret('yaml')}"`,
      `var cred = new ClientSecretCredential(tenantId, clientId, "${sampleEntraSecret('cs')}");`,
    ],
    noMatch: [
      // right shape, wrong checksum
      `AZURE_CLIENT_SECRET=${fakeChars(ENTRA_CHARS, 3)}8Q~${fakeChars(ENTRA_CHARS, 34)}`,
      'client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_CLIENT_SECRET: ${{ secrets.AZURE_CLIENT_SECRET }}',
    ],
  }),
};

export const azureEntraRefreshToken: PatternRule = {
  kind: 'pattern',
  id: 'azure-entra-refresh-token',
  title: 'Microsoft Entra ID refresh token',
  category: 'secret',
  severity: 'error',
  description:
    'A Microsoft identity platform (Entra ID) refresh token; whoever holds it can redeem new access tokens for the user and the scopes it was issued for until it expires or is revoked.',
  remediation:
    'Revoke the user\'s sessions (Entra admin center > Users > Revoke sessions, or Revoke-MgUserSignInSession), remove the token from the code and its history, and let automation use a managed identity or workload identity federation instead of a stored user token.',
  lifetime: 'long',
  lifetimeDetail: '90 days (24 hours for single-page apps), renewed on every use',
  replacement: MANAGED_IDENTITY,
  // Opaque tokens: a "0." or "1." version, a client segment starting with A, then a segment starting with
  // "AgAB" (base64 of the token format header).
  keywords: ['.agab'],
  pattern:
    /(?<![A-Za-z0-9_.-])([01]\.A[A-Za-z0-9_-]{40,200}\.(?:[01]\.)?AgAB[A-Za-z0-9_-]{100,6000}(?:\.[A-Za-z0-9_-]{10,500}){0,3})(?![A-Za-z0-9_-])/,
  entropy: 4.0,
  prefix: '0.A',
  examples: () => ({
    match: [
      `{"token_type": "Bearer", "refresh_token": "0.A${fakeChars(BASE64URL, 54, 'a')}.AgABAAEAAAD${fakeChars(BASE64URL, 420, 'a')}"}`,
      `REFRESH_TOKEN=1.A${fakeChars(BASE64URL, 52, 'b')}.AgABAwEAAAD${fakeChars(BASE64URL, 380, 'b')}`,
    ],
    noMatch: [
      `"refresh_token": "0.A${fakeChars(BASE64URL, 54, 'c')}.AgABAAAAAAD${fakeChars(BASE64URL, 30, 'c')}..."`,
      'version = "1.0.AgAB"',
    ],
  }),
};

// --- Identifiable keys (service signature + Marvin32 checksum) ---------------------------------------------------

interface Family {
  service: string;
  /** seed name -> key kind */
  seeds: Record<string, string>;
}

const FAMILIES: Record<string, Family> = {
  '+ASt': { service: 'Azure Storage account key', seeds: { Default0: 'account key' } },
  ACDb: {
    service: 'Azure Cosmos DB key',
    seeds: {
      MastRW00: 'read-write key',
      MastRO00: 'read-only key',
      SystRW00: 'system read-write key',
      SystRO00: 'system read-only key',
      SysAll00: 'system key',
      Resour00: 'resource key',
      Encryp00: 'data encryption key',
    },
  },
  '+ABa': { service: 'Azure Batch account key', seeds: { AbAcct00: 'account key' } },
  APIM: {
    service: 'Azure API Management key',
    seeds: { Tenant00: 'direct management key', IoTHub00: 'subscription key', Gatewy00: 'gateway key', GitKey00: 'repository key' },
  },
  '/AM7': { service: 'Azure Machine Learning web service key', seeds: { Classic0: 'key' } },
  '+AMC': { service: 'Azure Machine Learning (classic) key', seeds: { Classic0: 'key' } },
  '+ASb': { service: 'Azure Service Bus key', seeds: { Send0000: 'send key', Listen00: 'listen key', Manage00: 'manage key', System00: 'system key' } },
  '+AEh': { service: 'Azure Event Hubs key', seeds: { Send0000: 'send key', Listen00: 'listen key', Manage00: 'manage key', System00: 'system key' } },
  '+ARm': { service: 'Azure Relay key', seeds: { Send0000: 'send key', Listen00: 'listen key', Manage00: 'manage key' } },
  AIoT: { service: 'Azure IoT key', seeds: { IoTHub00: 'IoT Hub key', DpsKey00: 'Device Provisioning key', Device00: 'device key' } },
  AzCa: { service: 'Azure Cache for Redis access key', seeds: { Access00: 'access key' } },
  AzSe: { service: 'Azure AI Search key', seeds: { PAdmin00: 'admin key', Query000: 'query (read-only) key' } },
  '+ACR': { service: 'Azure Container Registry password', seeds: { ACRDflt0: 'admin or token password' } },
  AzFu: { service: 'Azure Functions key', seeds: { Functi00: 'function key', System00: 'system key', Master00: 'master (host admin) key' } },
};

/** Offset of the signature in each key length Microsoft issues (88, 44 and 52 base64 characters, 56 URL-safe). */
function signatureOf(key: string): string {
  if (key.length === 88) return key.slice(76, 80);
  if (key.length === 44) return key.slice(33, 37);
  if (key.length === 52) return key.slice(42, 46);
  return key.slice(44, 48);
}

function identify(key: string): { family: Family; kind: string } | undefined {
  const family = FAMILIES[signatureOf(key)];
  if (!family) return undefined;
  const seed = identifiableKeySeed(key, Object.keys(family.seeds));
  return seed ? { family, kind: family.seeds[seed]! } : undefined;
}

/** Random key bytes whose encoding shows `signature` at the right offset, then Microsoft's checksum. */
function sampleIdentifiableKey(signature: string, seed: string, salt: string): string {
  const shape: Record<number, [number, number]> = { 88: [76, 60], 44: [33, 28], 52: [42, 35], 56: [44, 36] };
  const length = signature === 'AzFu' ? 56 : ['+ASb', '+AEh', '+ARm', 'AIoT', 'AzCa'].includes(signature) ? 44 : ['AzSe', '+ACR'].includes(signature) ? 52 : 88;
  const [offset, bodyBytes] = shape[length]!;
  const body = base64Bytes(`${fakeChars(ALNUM, offset, salt)}${signature}A`)!.subarray(0, bodyBytes);
  const key = withIdentifiableChecksum(body, seed);
  return length === 56 ? key.replace(/\+/g, '-').replace(/\//g, '_') : length === 52 ? key.slice(0, 52) : key;
}

export const azureIdentifiableKey: PatternRule = {
  kind: 'pattern',
  id: 'azure-identifiable-key',
  title: 'Azure service key',
  category: 'secret',
  severity: 'error',
  description:
    'An Azure service key in Microsoft\'s identifiable format (storage, Cosmos DB, Service Bus, Event Hubs, API Management, Functions, AI Search, Container Registry, Redis, IoT, Batch), confirmed by its embedded checksum.',
  remediation:
    'Regenerate (rotate) the key on the resource\'s Access keys page, then have the application authenticate with Microsoft Entra ID through a managed identity and disable local or shared-key authentication where the service allows it.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until the key is regenerated',
  replacement: MANAGED_IDENTITY,
  keywords: ['+ast', 'acdb', '+aba', 'apim', '/am7', '+amc', '+asb', '+aeh', '+arm', 'aiot', 'azca', 'azse', '+acr', 'azfu'],
  pattern: re(
    String.raw`(?<![A-Za-z0-9+/_-])(` +
      String.raw`[A-Za-z0-9+/]{76}(?:\+ASt|ACDb|\+ABa|APIM|/AM7|\+AMC)[A-Za-z0-9+/]{5}[AQgw]==` +
      String.raw`|[A-Za-z0-9+/]{33}(?:\+ASb|\+AEh|\+ARm|AIoT|AzCa)[A-P][A-Za-z0-9+/]{5}=` +
      String.raw`|[A-Za-z0-9+/]{42}(?:AzSe|\+ACR)[A-D][A-Za-z0-9+/]{5}` +
      String.raw`|[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==` +
      String.raw`)(?![A-Za-z0-9+/=_-])`,
  ),
  validate: (key) => (identify(key) ? true : 'Azure identifiable key checksum (Marvin32) does not match: not a real key'),
  describe: (key) => {
    const id = identify(key);
    return id ? `${id.family.service} (${id.kind})` : undefined;
  },
  examples: () => ({
    match: [
      `DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=${sampleIdentifiableKey('+ASt', 'Default0', 'st')};EndpointSuffix=core.windows.net`,
      `"cosmos": { "endpoint": "https://contoso.documents.azure.com:443/", "key": "${sampleIdentifiableKey('ACDb', 'MastRW00', 'cd')}" }`,
      `Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${sampleIdentifiableKey('+ASb', 'Send0000', 'sb')}`,
      `docker login contoso.azurecr.io -u contoso -p ${sampleIdentifiableKey('+ACR', 'ACRDflt0', 'acr')}`,
      `x-functions-key: ${sampleIdentifiableKey('AzFu', 'Functi00', 'fn')}`,
    ],
    noMatch: [
      // the signature is right but the checksum is not
      `AccountKey=${fakeChars(ALNUM, 76)}+ASt${fakeChars(ALNUM, 5)}Q==`,
      `api-key: ${fakeChars(ALNUM, 42)}AzSeB${fakeChars(ALNUM, 5)}`,
      `value: ${fakeChars(BASE64, 120, 'long')}`,
    ],
  }),
};

// --- Common annotated security keys (JQQJ99) -------------------------------------------------------------------

const CASK_PROVIDERS: Record<string, LifetimeInfo & { service: string }> = {
  ACOG: { service: 'Azure AI services key (Azure OpenAI, Speech, Vision, Language...)', lifetime: 'static', detail: 'never expires until the key is regenerated' },
  AZDO: { service: 'Azure DevOps personal access token', lifetime: 'long', detail: 'expires on the date set at creation (at most 1 year)' },
  AWPS: { service: 'Azure Web PubSub access key', lifetime: 'static', detail: 'never expires until the key is regenerated' },
  AZEG: { service: 'Azure Event Grid access key', lifetime: 'static', detail: 'never expires until the key is regenerated' },
};

// Azure DevOps PATs end in a checksum variant that Microsoft's published algorithm does not reproduce, and derived
// keys (JQQJ9D) encode theirs in base62; both are accepted on structure alone rather than missed.
const CASK_UNCHECKED = new Set(['AZDO']);

function sampleCaskKey(provider: string, salt: string): string {
  for (let i = 0; ; i++) {
    const key = caskWithChecksum(`${fakeChars(ALNUM, 52, salt + i)}JQQJ99BA${fakeChars(ALNUM, 12, salt + i)}AAAB${provider}`);
    if (/^[A-Za-z0-9]{84}$/.test(key)) return key;
  }
}

export const azureCaskKey: PatternRule = {
  kind: 'pattern',
  id: 'azure-common-annotated-key',
  title: 'Azure key (common annotated format)',
  category: 'secret',
  severity: 'error',
  description:
    'An Azure key in Microsoft\'s common annotated security key format (84 characters with JQQJ99 inside), used by Azure AI services and Azure OpenAI, Azure DevOps PATs, Web PubSub and newer services.',
  remediation:
    'Regenerate the key on the resource (Keys and Endpoint) or revoke the PAT in Azure DevOps, then authenticate with Microsoft Entra ID: a managed identity or workload identity federation with DefaultAzureCredential.',
  lifetime: 'static',
  lifetimeDetail: 'service keys never expire until regenerated; PATs expire on their set date',
  replacement: MANAGED_IDENTITY,
  keywords: ['jqqj99', 'jqqj9d'],
  pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{52}JQQJ9[9D][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?)(?![A-Za-z0-9+/=])/,
  validate: (key) =>
    key[57] === 'D' || CASK_UNCHECKED.has(key.slice(76, 80)) || caskChecksumValid(key)
      ? true
      : 'Azure common annotated key checksum (Marvin32) does not match: not a real key',
  lifetimeOf: (key) => CASK_PROVIDERS[key.slice(76, 80)],
  describe: (key) => CASK_PROVIDERS[key.slice(76, 80)]?.service,
  examples: () => ({
    match: [
      `client = AzureOpenAI(\n    api_key="${sampleCaskKey('ACOG', 'py')}",\n    azure_endpoint="https://contoso.openai.azure.com/",\n)`,
      `SPEECH_KEY=${sampleCaskKey('ACOG', 'env')}`,
      `Endpoint=https://contoso.webpubsub.azure.com;AccessKey=${sampleCaskKey('AWPS', 'ps')};Version=1.0;`,
    ],
    noMatch: [
      `SPEECH_KEY=${fakeChars(ALNUM, 52)}JQQJ99BAAC${fakeChars(ALNUM, 14)}ACOGabcd`,
      `SPEECH_KEY=${fakeChars(ALNUM, 52)}JQQJ79BAAC${fakeChars(ALNUM, 14)}ACOG${fakeChars(ALNUM, 4)}`,
    ],
  }),
};

// --- Account keys by context ---------------------------------------------------------------------------------

/** Azurite's well-known development key, published in Microsoft's emulator docs; compared by hash. */
const AZURITE_KEY_SHA256 = '0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059';

const COSMOS_SETTING = assignedTo({ name: /key/i, what: 'a key setting' });
const STORAGE_SETTING = assignedTo({ name: /(?:account|storage)[\w.-]*key/i, what: 'a storage account key setting' });

export const azureCosmosDbKey: PatternRule = {
  kind: 'pattern',
  id: 'azure-cosmosdb-key',
  title: 'Azure Cosmos DB account key',
  category: 'secret',
  severity: 'error',
  description: 'An Azure Cosmos DB account key next to a Cosmos DB endpoint or name; primary keys read and write every database in the account.',
  remediation:
    'Regenerate the key (Keys page of the account, primary and secondary in turn), then use Microsoft Entra ID role-based access with a managed identity and set disableLocalAuth on the account.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until the key is regenerated',
  replacement: MANAGED_IDENTITY,
  keywords: ['documents.azure.com', 'cosmos.azure.com', 'cosmos'],
  linesAround: 2,
  pattern: /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/,
  entropy: 4.5,
  validate: (key, ctx) =>
    sha256Hex(key) === AZURITE_KEY_SHA256 ? 'the public Azure emulator key' : COSMOS_SETTING(key, ctx),
  examples: () => ({
    match: [
      `AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=${fakeChars(BASE64, 86, 'cs')}==;`,
      `{\n  "CosmosDb": {\n    "Endpoint": "https://contoso.documents.azure.com:443/",\n    "Key": "${fakeChars(BASE64, 86, 'json')}=="\n  }\n}`,
    ],
    noMatch: [
      'COSMOS_KEY=${COSMOS_KEY}',
      `cosmosKey: ${fakeChars(BASE64, 40, 'short')}==`,
    ],
  }),
};

export const azureStorageAccountKey: PatternRule = {
  kind: 'pattern',
  id: 'azure-storage-account-key',
  title: 'Azure Storage account key',
  category: 'secret',
  severity: 'error',
  description: 'An Azure Storage account key (in a connection string or a storage key setting); it gives full control of every blob, queue, table and file share in the account.',
  remediation:
    'Rotate the key (Storage account > Access keys > Rotate key) and invalidate SAS tokens signed with it, then use Microsoft Entra ID with a managed identity (or user delegation SAS) and disallow shared key access on the account.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until the key is rotated',
  replacement: MANAGED_IDENTITY,
  keywords: ['accountkey', 'account_key', 'account-key', 'storagekey', 'storage_key', 'storage-key', 'storageaccesskey', 'storage_access_key'],
  pattern: /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/,
  // 64 random bytes score about 5.7; below 4.5 it is text shaped like a key.
  entropy: 4.5,
  validate: (key, ctx) =>
    sha256Hex(key) === AZURITE_KEY_SHA256
      ? 'the public Azurite / storage emulator key'
      : STORAGE_SETTING(key, ctx),
  examples: () => ({
    match: [
      `DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=${fakeChars(BASE64, 86, 'cs')}==;EndpointSuffix=core.windows.net`,
      `azurefs:\n  - account_name: contosodata\n    account_key: '${fakeChars(BASE64, 86, 'yaml')}=='`,
      `private const string storageAccountKey = "${fakeChars(BASE64, 86, 'cs2')}==";`,
      `AzureStorageCleanup.exe -storagename contosodata -storagekey ${fakeChars(BASE64, 86, 'cli')}==`,
    ],
    noMatch: [
      // text shaped like a key (low entropy), e.g. a fixture made of a repeated word
      `AccountKey=${'AzureStorageKey'.repeat(6).slice(0, 86)}==`,
      'DefaultEndpointsProtocol=https;AccountName=mylogstorage;AccountKey=storageaccountkeybase64encoded;EndpointSuffix=core.windows.net',
      "ConnectionString 'DefaultEndpointsProtocol=https;AccountName=mystorage1;AccountKey=*****;EndpointSuffix=core.windows.net'",
    ],
  }),
};

// --- Shared access signatures --------------------------------------------------------------------------------

function sasParams(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    if (eq > 0) params.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return params;
}

/** The query string holding the signature: the run of URL characters around `sig=`. */
function sasQuery(ctx: MatchContext): Map<string, string> {
  const stop = /[\s"'`<>?;|\\]/;
  let from = ctx.secretStart;
  while (from > 0 && ctx.secretStart - from < 3000 && !stop.test(ctx.text[from - 1]!)) from--;
  let to = ctx.secretStart;
  while (to < ctx.text.length && to - ctx.secretStart < 3000 && !stop.test(ctx.text[to]!)) to++;
  // A leading "NAME=" (AZURE_SAS=sv=...) is not a SAS parameter.
  const query = ctx.text.slice(from, to).replace(/^[A-Za-z_][\w.]*=(?=[a-z]{2,6}=)/, '');
  return sasParams(query);
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `2025-04-04T15:24:52Z`, `2025-04-04` or URL-encoded forms to epoch ms. */
function sasTime(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(decode(value));
  if (!m) return undefined;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
}

function sasLifetime(p: Map<string, string>): LifetimeInfo {
  const end = sasTime(p.get('se'));
  if (end === undefined) return { lifetime: 'unknown', detail: 'no se= expiry: bound to a stored access policy, which may be long-lived' };
  const start = sasTime(p.get('st'));
  const expiresAt = new Date(end).toISOString();
  if (start !== undefined) {
    const span = end - start;
    return { lifetime: span <= 86_400_000 ? 'short' : 'long', detail: `valid for ${durationWords(span)}, until ${expiresAt}`, expiresAt };
  }
  const left = end - Date.now();
  if (left <= 0) return { lifetime: 'short', detail: `expired on ${expiresAt}`, expiresAt };
  return { lifetime: left <= 86_400_000 ? 'short' : 'long', detail: `valid until ${expiresAt}`, expiresAt };
}

function sampleSas(salt: string, start: string, end: string, permissions = 'racwdl'): string {
  const sig = encodeURIComponent(`${fakeChars(BASE64, 43, salt)}=`);
  return `sv=2022-11-02&ss=b&srt=sco&sp=${permissions}&se=${end}&st=${start}&spr=https&sig=${sig}`;
}

export const azureSasToken: PatternRule = {
  kind: 'pattern',
  id: 'azure-sas-token',
  title: 'Azure shared access signature (SAS) token',
  category: 'secret',
  severity: 'error',
  description:
    'An Azure Storage shared access signature: a bearer URL query that grants its permissions (sp=) on the resource until its expiry (se=), with no way to revoke it short of rotating the signing key or policy.',
  remediation:
    'Rotate the storage account key that signed it (or delete the stored access policy), then issue short-lived user delegation SAS tokens at run time from a managed identity instead of committing SAS URLs.',
  lifetime: 'unknown',
  lifetimeDetail: 'expiry is the se= parameter',
  replacement: 'short-lived user delegation SAS issued at run time with a managed identity, or Entra ID authorization',
  keywords: ['sig='],
  // The signature is the secret; the rest of the query (sv=, se=, sp=) is read around it.
  pattern: /(?<![^?&;\s"'])sig=([A-Za-z0-9%+/=]{40,120})(?![A-Za-z0-9%+/=])/,
  validate: (sig, ctx) => {
    const p = sasQuery(ctx);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.get('sv') ?? '')) return 'no sv= service version: not an Azure SAS';
    // Permission letters defined across blob, file, queue, table and account SAS.
    const sp = p.get('sp');
    if (sp !== undefined && !/^[racwdxyltfmeopiu]{1,20}$/.test(decode(sp))) return 'sp= holds letters that are not SAS permissions';
    // An HMAC-SHA256 in base64: 43 characters and one '=' once URL-decoded.
    return /^[A-Za-z0-9+/]{43}=$/.test(decode(sig)) ? true : 'sig= is not a base64 HMAC-SHA256 signature';
  },
  lifetimeOf: (_sig, ctx) => sasLifetime(sasQuery(ctx)),
  describe: (_sig, ctx) => {
    const sp = sasQuery(ctx).get('sp');
    return sp ? `permissions sp=${decode(sp)}` : undefined;
  },
  examples: () => ({
    match: [
      `AZURE_BLOB_SAS_URL="https://contoso.blob.core.windows.net/backups?${sampleSas('url', '2025-03-04T07:24:52Z', '2026-03-04T15:24:52Z')}"`,
      `"sasToken": "?${sampleSas('json', '2025-06-18T08%3A45%3A11Z', '2025-06-18T16%3A45%3A11Z', 'r')}"`,
      `BlobEndpoint=https://contoso.blob.core.windows.net/;SharedAccessSignature=${sampleSas('cs', '2025-01-01', '2030-01-01')}`,
    ],
    noMatch: [
      'AZURE_BLOB_QUERY=comp=list&restype=container&maxresults=100',
      `st=2025-03-04T07:24:52Z&se=2025-04-04T15:24:52Z&spr=https&sv=2022-11-02&sr=c`,
      // a signed URL of another kind: no sv= version
      `https://cdn.example.com/file?expires=1700000000&sig=${encodeURIComponent(fakeChars(BASE64, 43))}%3D`,
    ],
  }),
};

// --- Connection strings --------------------------------------------------------------------------------------

export const azureAppConfigConnectionString: PatternRule = {
  kind: 'pattern',
  id: 'azure-app-configuration-connection-string',
  title: 'Azure App Configuration connection string',
  category: 'secret',
  severity: 'error',
  description: 'An Azure App Configuration connection string with its access key secret; read-write keys can change the configuration every application loads.',
  remediation:
    'Regenerate the access key (App Configuration > Access settings), then connect with the endpoint alone and a managed identity (App Configuration Data Reader/Owner role), and disable access keys.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until the key is regenerated',
  replacement: MANAGED_IDENTITY,
  keywords: ['azconfig.io'],
  pattern: /Endpoint=https:\/\/[A-Za-z0-9-]{1,63}\.azconfig\.io;Id=[^;\s"']{1,80};Secret=([A-Za-z0-9+/]{40,100}={0,2})/,
  entropy: 4.0,
  examples: () => ({
    match: [
      `APP_CONFIG_CONNECTION="Endpoint=https://contoso-config.azconfig.io;Id=${fakeChars(ALNUM, 4)}-l0-s0:${fakeChars(ALNUM, 20)};Secret=${fakeChars(BASE64, 43, 'a')}="`,
      `"AppConfig": "Endpoint=https://contoso.azconfig.io;Id=${fakeChars(ALNUM, 6, 'b')};Secret=${fakeChars(BASE64, 44, 'b')}"`,
    ],
    noMatch: ['AppConfig__Endpoint=https://contoso.azconfig.io', 'Endpoint=https://contoso.azconfig.io;Id=xxxx;Secret=<secret>'],
  }),
};

/** The key shape alone (32 bytes in base64) is common; one of these names on the line makes it an Azure key. */
const SAS_KEY_CONTEXT = /sb:\/\/|servicebus\.windows\.net|azure-devices\.net|SharedAccessKeyName|EntityPath/i;

export const azureSharedAccessKey: PatternRule = {
  kind: 'pattern',
  id: 'azure-shared-access-key',
  title: 'Azure shared access key (Service Bus, Event Hubs, Relay, IoT Hub)',
  category: 'secret',
  severity: 'error',
  description: 'The SharedAccessKey of an Azure Service Bus, Event Hubs, Relay or IoT Hub connection string; it signs SAS tokens for every right of its policy (send, listen or manage).',
  remediation:
    'Regenerate the key of the shared access policy (Shared access policies > Regenerate), then connect with a managed identity and Azure RBAC roles (Data Sender / Data Receiver) and disable local authentication.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until the policy key is regenerated',
  replacement: MANAGED_IDENTITY,
  keywords: ['sharedaccesskey='],
  pattern: /SharedAccessKey=([A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
  entropy: 4.0,
  validate: (_key, ctx) => (SAS_KEY_CONTEXT.test(around(ctx.text, ctx.secretStart, 300)) ? true : 'no Service Bus, Event Hubs or IoT Hub endpoint next to it'),
  examples: () => ({
    match: [
      `"ServiceBus": "Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${fakeChars(BASE64, 43, 'sb')}="`,
      `IOTHUB_CONNECTION_STRING=HostName=contoso.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${fakeChars(BASE64, 43, 'iot')}=`,
    ],
    noMatch: [
      'Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=<key>',
      `SharedAccessKey=${fakeChars(BASE64, 20)}=`,
    ],
  }),
};

// --- Legacy Azure AI services / API Management keys (32 hex, by context) -------------------------------------

export const azureCognitiveServicesKey: PatternRule = {
  kind: 'pattern',
  id: 'azure-ai-services-key',
  title: 'Azure AI services (Azure OpenAI) or API Management key',
  category: 'secret',
  severity: 'error',
  description: 'A 32-hex-character key next to an Azure OpenAI, AI services (Cognitive Services) or API Management endpoint; it calls the service on your subscription\'s bill.',
  remediation:
    'Regenerate the key (Keys and Endpoint, or the APIM subscription), then authenticate with Microsoft Entra ID: DefaultAzureCredential with a managed identity and the Cognitive Services User role, and disable local auth.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until the key is regenerated',
  replacement: MANAGED_IDENTITY,
  // The key has no prefix, so the rule only looks near an Azure AI or APIM endpoint or setting name.
  keywords: ['openai.azure.com', 'cognitiveservices.azure.com', 'azure_openai', 'azure-openai', 'azureopenai', 'ocp-apim-subscription-key', 'azure-api.net'],
  linesAround: 3,
  pattern: /(?<![A-Za-z0-9])([a-f0-9]{32})(?![A-Za-z0-9])/,
  validate: assignedTo({ name: /key$/i, what: 'a key setting' }),
  entropy: 3.0,
  examples: () => ({
    match: [
      `export OPENAI_API_TYPE=azure\nexport OPENAI_API_BASE=https://contoso.openai.azure.com/\nexport OPENAI_API_KEY=${fakeChars(HEX, 32, 'env')}`,
      `{\n  "AZURE_OPENAI_ENDPOINT": "https://contoso.openai.azure.com/",\n  "AZURE_OPENAI_KEY": "${fakeChars(HEX, 32, 'json')}"\n}`,
      `curl https://contoso.azure-api.net/orders -H "Ocp-Apim-Subscription-Key: ${fakeChars(HEX, 32, 'curl')}"`,
    ],
    noMatch: [
      `AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\nAZURE_OPENAI_KEY=\${AZURE_OPENAI_KEY}`,
      // a hex value far from any Azure AI context
      `build_key = "${fakeChars(HEX, 32, 'far')}"`,
      `AZURE_OPENAI_DEPLOYMENT=gpt-4o\nrequest_id: ${fakeChars(HEX, 32, 'rid')}`,
    ],
  }),
};

export const azureRules: PatternRule[] = [
  azureEntraClientSecret,
  azureEntraRefreshToken,
  azureIdentifiableKey,
  azureCaskKey,
  azureAppConfigConnectionString,
  azureCosmosDbKey,
  azureStorageAccountKey,
  azureSharedAccessKey,
  azureSasToken,
  azureCognitiveServicesKey,
];
