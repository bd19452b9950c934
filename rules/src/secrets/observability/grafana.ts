import type { PatternRule } from '../../rule.js';
import { crc32 } from '../../util/hash.js';
import { ALNUM, BASE64, fake, fakeChars } from '../testing/fake.js';
import { base64Decode, base64Encode, base64Json, fakeUuid } from '../saas/context.js';

/**
 * Grafana's three credential formats. Service account tokens (`glsa_`) end in a checksum: Grafana's satokengen
 * takes CRC-32 (IEEE) of `glsa_<32 alphanumerics>` and writes its four bytes least significant first as 8 hex
 * digits (Grafana's own test vector `glsa_iNValIdinValiDinvalidinvalidinva` → `5b582697` reproduces with this code).
 * Grafana Cloud tokens (`glc_`) and the legacy API keys (`eyJrIjoi`, base64 of `{"k":"`) are base64 JSON, so
 * they are checked by decoding.
 */
export function grafanaChecksum(key: string): string {
  const c = crc32(key);
  return [c & 0xff, (c >>> 8) & 0xff, (c >>> 16) & 0xff, c >>> 24].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A service account token with a valid checksum, for examples. */
export function fakeGrafanaSaToken(salt = ''): string {
  const key = `glsa_${fakeChars(ALNUM, 32, `glsa${salt}`)}`;
  return `${key}_${grafanaChecksum(key)}`;
}

const REPLACEMENT = 'Grafana service account tokens with an expiry date, or JWT / OAuth authentication from your identity provider';

export const grafanaServiceAccountToken: PatternRule = {
  kind: 'pattern',
  id: 'grafana-service-account-token',
  title: 'Grafana service account token',
  category: 'secret',
  severity: 'error',
  description: 'A Grafana service account token (glsa_) with a valid checksum; it acts with the service account\'s role, often Editor or Admin.',
  remediation:
    'Delete the token under Administration > Service accounts in Grafana, create a new one with an expiry date, and read it from an environment variable or secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set when it was created',
  replacement: REPLACEMENT,
  keywords: ['glsa_'],
  pattern: /\b(glsa_[A-Za-z0-9]{32}_[0-9a-f]{8})\b/,
  validate: (token) =>
    grafanaChecksum(token.slice(0, 37)) === token.slice(38) ? true : 'Grafana token checksum (CRC32) does not match: not a real token',
  prefix: 'glsa_',
  examples: () => ({
    match: [
      `GRAFANA_TOKEN=${fakeGrafanaSaToken()}`,
      `headers = {"Authorization": "Bearer ${fakeGrafanaSaToken('py')}"}`,
      `grafana:\n  auth: ${fakeGrafanaSaToken('yaml')}`,
    ],
    noMatch: [
      // right shape, checksum of another body
      `GRAFANA_TOKEN=glsa_${fakeChars(ALNUM, 32, 'other')}_${grafanaChecksum('glsa_x')}`,
      'GRAFANA_TOKEN=glsa_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_AAAAAAAA',
      `token: "${fakeGrafanaSaToken().slice(0, 30)}"`,
    ],
  }),
};

function fakeCloudToken(salt: string, payload?: string): string {
  const json =
    payload ??
    JSON.stringify({ o: '8' + fakeChars('0123456789', 5, salt), n: `stack-${salt}-write`, k: fakeChars(ALNUM, 24, salt), m: { r: 'prod-us-east-0' } });
  return `glc_${base64Encode(json)}`;
}

export const grafanaCloudToken: PatternRule = {
  kind: 'pattern',
  id: 'grafana-cloud-token',
  title: 'Grafana Cloud access policy token',
  category: 'secret',
  severity: 'error',
  description: 'A Grafana Cloud access policy token (glc_); it carries the scopes of its access policy, such as writing metrics and logs or managing stacks.',
  remediation:
    'Delete the token in the Grafana Cloud portal (Access policies), create one with the narrowest scopes and an expiry date, and keep it in a secret manager or CI secret.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set when it was created',
  replacement: REPLACEMENT,
  keywords: ['glc_'],
  // The body is base64 of a JSON object, so it starts with `eyJ` (`{"`); that alone rules out GLC_ identifiers.
  pattern: /\b(glc_eyJ[A-Za-z0-9+/]{40,400}={0,2})(?![A-Za-z0-9+/=])/,
  entropy: 4,
  validate: (token) => {
    const text = base64Decode(token.slice(4));
    // "k" holds the key; a value that decodes to anything else is a made-up string with the prefix.
    return text && /"k"\s*:\s*"/.test(text) ? true : 'glc_ body does not decode to a Grafana Cloud token payload';
  },
  describe: (token) => {
    const name = base64Json(token.slice(4))?.n;
    return typeof name === 'string' && /^[\w .-]{1,64}$/.test(name) ? `token "${name}"` : undefined;
  },
  prefix: 'glc_',
  examples: () => ({
    match: [
      `GRAFANA_CLOUD_TOKEN=${fakeCloudToken('env')}`,
      `loki:\n  basic_auth:\n    password: "${fakeCloudToken('yaml')}"`,
      `{"grafanaToken": "${fakeCloudToken('json')}"}`,
    ],
    noMatch: [
      'static void GLC_CreateLightmapTextureArray(void);',
      `API_KEY="glc_${fake('eyJ', BASE64, 60, 'rand')}"`,
      `token: ${fakeCloudToken('x', JSON.stringify({ o: '1', n: 'no key here, only a name field', m: 'x' }))}`,
    ],
  }),
};

function fakeLegacyKey(salt: string): string {
  return base64Encode(JSON.stringify({ k: fakeChars(ALNUM, 32, salt), n: `ci-${salt}`, id: 1 }));
}

export const grafanaApiKey: PatternRule = {
  kind: 'pattern',
  id: 'grafana-api-key',
  title: 'Grafana API key (legacy)',
  category: 'secret',
  severity: 'error',
  description: 'A legacy Grafana API key (base64 JSON starting eyJrIjoi); it acts with the Viewer, Editor or Admin role it was created with.',
  remediation:
    'Delete the API key in Grafana (API keys were migrated to service accounts), replace it with a service account token that has an expiry, and load it from a secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless a time to live was set',
  replacement: REPLACEMENT,
  keywords: ['eyjrijoi'],
  pattern: /\b(eyJrIjoi[A-Za-z0-9+/]{40,400}={0,2})(?![A-Za-z0-9+/=])/,
  entropy: 4,
  validate: (token) => {
    const json = base64Json(token);
    return json && typeof json.k === 'string' && 'n' in json ? true : 'does not decode to a Grafana API key payload';
  },
  prefix: 'eyJrIjoi',
  examples: () => ({
    match: [
      `Authorization: Bearer ${fakeLegacyKey('curl')}`,
      `grafana_api_key = "${fakeLegacyKey('tf')}"`,
      `client = GrafanaFace(auth="${fakeLegacyKey('py')}", host="grafana.internal")`,
    ],
    noMatch: [
      `Authorization: Bearer eyJrIjoi${fakeChars(ALNUM, 60, 'junk')}`,
      // Power BI embed links are base64 JSON starting {"k": too, but carry no "n" (name) field
      `https://app.powerbi.com/view?r=${base64Encode(JSON.stringify({ k: fakeUuid('pbi'), t: fakeUuid('tenant'), c: 5 }))}`,
    ],
  }),
};
