import type { PatternRule } from '../../index.js';
import { ALNUM, BASE64, fake, fakeChars } from '../testing/fake.js';
import { assignedTo, settingName } from './shared.js';

/**
 * Alibaba Cloud. AccessKey IDs start with LTAI (16 characters for old keys, 24 for LTAI5t... keys); the
 * AccessKey secret is 30 alphanumerics with no prefix. STS security tokens start with CAIS but so do many
 * protobuf messages in base64, so they need an STS / security-token name.
 */

const REPLACEMENT = 'RAM roles: ECS instance RAM roles, RRSA (OIDC) for ACK pods, or OIDC role SSO for CI, which issue STS tokens';

const SECRET_SETTING = assignedTo({ name: /secret|key/i, provider: /alibaba|aliyun|alicloud|ali[_.-]|ltai/i, lines: 2, what: 'an Alibaba AccessKey secret setting' });

export const alibabaAccessKeyId: PatternRule = {
  kind: 'pattern',
  id: 'alibaba-access-key-id',
  title: 'Alibaba Cloud AccessKey ID',
  category: 'secret',
  severity: 'error',
  description: 'An Alibaba Cloud AccessKey ID (LTAI); its AccessKey secret is usually stored with it and together they sign API calls as the RAM user.',
  remediation:
    'Disable and delete the AccessKey pair in the RAM console, review ActionTrail for its use, and give workloads a RAM role (instance role, RRSA or OIDC) so that they receive STS tokens instead.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until the AccessKey is disabled or deleted',
  replacement: REPLACEMENT,
  keywords: ['ltai'],
  pattern: /\b(LTAI[A-Za-z0-9]{12,21})\b/,
  entropy: 3.0,
  prefix: 'LTAI',
  examples: () => ({
    match: [
      `ALIBABA_CLOUD_ACCESS_KEY_ID=${fake('LTAI5t', ALNUM, 18)}`,
      `access_key_id: "${fake('LTAI', ALNUM, 12, 'old')}"`,
      `client := sdk.NewClientWithAccessKey("cn-hangzhou", "${fake('LTAI5t', ALNUM, 18, 'go')}", secret)`,
    ],
    noMatch: ['ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxx', `id = "${fake('LTAI', ALNUM, 26)}"`],
  }),
};

export const alibabaAccessKeySecret: PatternRule = {
  kind: 'pattern',
  id: 'alibaba-access-key-secret',
  title: 'Alibaba Cloud AccessKey secret',
  category: 'secret',
  severity: 'error',
  description: 'An Alibaba Cloud AccessKey secret (30 characters) next to an Alibaba name or an LTAI key ID; with the ID it signs any API call the RAM user may make.',
  remediation:
    'Disable and delete the AccessKey pair in the RAM console, then use a RAM role (ECS instance role, RRSA for ACK, OIDC for CI) or keep unavoidable keys in KMS Secrets Manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until the AccessKey is disabled or deleted',
  replacement: REPLACEMENT,
  // No prefix: an Alibaba name, the LTAI key ID or the SDK's field name opens a small window around the line.
  keywords: ['alibaba', 'aliyun', 'alicloud', 'accesskeysecret', 'access_key_secret', 'access-key-secret', 'ltai'],
  linesAround: 2,
  pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{30})(?![A-Za-z0-9])/,
  // the SDKs' own field name (AccessKeySecret) is specific enough; other names need Alibaba or LTAI near
  validate: (secret, ctx) =>
    /access[_.-]?key[_.-]?secret/i.test(settingName(ctx))
      ? true
      : SECRET_SETTING(secret, ctx),
  entropy: 3.5,
  examples: () => ({
    match: [
      `ALIBABA_CLOUD_ACCESS_KEY_ID=${fake('LTAI5t', ALNUM, 18)}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${fakeChars(ALNUM, 30, 'env')}`,
      `provider "alicloud" {\n  access_key = var.access_key\n  secret_key = "${fakeChars(ALNUM, 30, 'tf')}"\n}`,
      `config.setAccessKeySecret("${fakeChars(ALNUM, 30, 'java')}");`,
    ],
    noMatch: [
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_CLOUD_ACCESS_KEY_SECRET}',
      `alibaba_region = "cn-hangzhou"\nsession_key = "${fakeChars(ALNUM, 40, 'long')}"`,
    ],
  }),
};

export const alibabaStsToken: PatternRule = {
  kind: 'pattern',
  id: 'alibaba-sts-security-token',
  title: 'Alibaba Cloud STS security token',
  category: 'secret',
  severity: 'error',
  description: 'An Alibaba Cloud STS security token (CAIS...), part of temporary credentials; it expires within hours but grants the assumed role\'s permissions until then.',
  remediation:
    'Let it expire (or revoke the role\'s permissions if it must stop sooner), remove it from the code, and have the SDK fetch STS credentials at run time through the instance role, RRSA or OIDC.',
  lifetime: 'short',
  lifetimeDetail: '15 minutes to 12 hours (1 hour by default)',
  replacement: REPLACEMENT,
  keywords: ['cais'],
  pattern: /(?<![A-Za-z0-9+/_-])(CAIS[A-Za-z0-9+/=_-]{40,3000})(?![A-Za-z0-9+/=_-])/,
  validate: assignedTo({ name: /security[_.-]?token|sts[_.-]?token|(?:alibaba|aliyun|alicloud)[\w.-]*token/i, what: 'an STS security token setting' }),
  entropy: 4.0,
  prefix: 'CAIS',
  examples: () => ({
    match: [
      `ALIBABA_CLOUD_SECURITY_TOKEN=CAIS${fakeChars(BASE64, 420, 'env')}`,
      `{"SecurityToken": "CAIS${fakeChars(BASE64, 500, 'json')}", "Expiration": "2025-01-01T08:00:00Z"}`,
    ],
    noMatch: [
      // protobuf in base64 also starts with CAIS
      `payload = "CAIS${fakeChars(BASE64, 200, 'proto')}"`,
      'ALIBABA_CLOUD_SECURITY_TOKEN=<sts-token>',
    ],
  }),
};

export const alibabaRules: PatternRule[] = [alibabaAccessKeyId, alibabaAccessKeySecret, alibabaStsToken];
