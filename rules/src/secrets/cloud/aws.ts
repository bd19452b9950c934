import type { LifetimeInfo, PatternRule } from '../../index.js';
import { ALNUM, BASE64, HEX, LOWER_ALNUM, UPPER_DIGITS, fake, fakeChars } from '../testing/fake.js';
import { base64Bytes, bytesToBase64, bytesToLatin1, latin1Bytes } from './checksums.js';
import { around, assignedTo, durationWords, re } from './shared.js';

/**
 * AWS credentials. Access key IDs are 4-letter type prefix + 16 base32 characters (A-Z, 2-7): AKIA for IAM user
 * keys (never expire), ASIA for STS session credentials (expire with the session), ABIA for STS service bearer
 * tokens, ACCA for context-specific credentials (IAM "unique ID prefixes" table). Secret access keys have no
 * prefix (40 base64 characters), so they are only reported next to an AWS-ish name.
 */

const REPLACEMENT =
  'IAM roles (instance profiles, ECS task roles, IRSA / EKS Pod Identity), OIDC federation for CI (GitHub Actions, GitLab), or IAM Identity Center for people';

const KEY_KINDS: Record<string, LifetimeInfo & { title: string }> = {
  AKIA: { title: 'AWS IAM user access key ID', lifetime: 'static', detail: 'never expires until the key is deactivated or deleted' },
  ASIA: {
    title: 'AWS temporary (STS) access key ID',
    lifetime: 'short',
    detail: 'temporary STS credentials: 15 minutes to 36 hours, still a hard-coded secret while valid',
  },
  ABIA: { title: 'AWS STS service bearer token ID', lifetime: 'short', detail: 'STS bearer token, at most 12 hours' },
  ACCA: { title: 'AWS context-specific credential ID', lifetime: 'unknown' },
  A3T: { title: 'AWS access key ID (A3T form)', lifetime: 'unknown' },
};

const kindOf = (id: string) => KEY_KINDS[id.slice(0, 4)] ?? KEY_KINDS[id.slice(0, 3)];

export const awsAccessKeyId: PatternRule = {
  kind: 'pattern',
  id: 'aws-access-key-id',
  title: 'AWS access key ID',
  category: 'secret',
  severity: 'error',
  description:
    'An AWS access key ID; its secret access key is almost always stored next to it. AKIA keys belong to IAM users and never expire; ASIA keys are temporary STS session credentials.',
  remediation:
    'Deactivate and delete the key in IAM (for ASIA keys, revoke the role session or wait for it to expire), then load credentials from the default provider chain: an IAM role, OIDC federation in CI, or IAM Identity Center.',
  lifetime: 'static',
  lifetimeDetail: 'AKIA user keys never expire; ASIA session keys expire with their session',
  replacement: REPLACEMENT,
  keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
  pattern: /\b((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})\b/,
  lifetimeOf: (id) => kindOf(id),
  describe: (id) => kindOf(id)?.title,
  prefix: 'AKIA',
  examples: () => ({
    match: [
      `[default]\naws_access_key_id = ${fake('AKIA', UPPER_DIGITS, 16)}`,
      `{"AccessKeyId": "${fake('ASIA', UPPER_DIGITS, 16)}", "Expiration": "2025-01-01T00:00:00Z"}`,
      `export AWS_ACCESS_KEY_ID="${fake('AKIA', UPPER_DIGITS, 16, 'env')}"`,
    ],
    noMatch: [
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX',
      // a role's unique ID, not a credential
      `"RoleId": "${fake('AROA', UPPER_DIGITS, 17)}"`,
      `val s = "${fake('AKIA', UPPER_DIGITS, 16)}abc"`,
    ],
  }),
};

/** Within this distance of an ASIA key ID or a session token, a secret key belongs to temporary credentials. */
const SESSION_HINT = /\bASIA[A-Z2-7]{16}\b|session[_-]?token|SessionToken/;

export const awsSecretAccessKey: PatternRule = {
  kind: 'pattern',
  id: 'aws-secret-access-key',
  title: 'AWS secret access key',
  category: 'secret',
  severity: 'error',
  description: 'An AWS secret access key (40 base64 characters) assigned to an AWS secret-key name; with its key ID it signs any API call the IAM identity may make.',
  remediation:
    'Deactivate and delete the access key in IAM, review CloudTrail for its use, then stop storing keys: use an IAM role, OIDC federation for CI, or IAM Identity Center, and keep any unavoidable key in a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until the access key is deleted (temporary keys expire with their session)',
  replacement: REPLACEMENT,
  // "aws" opens a small window (linesAround) so that `secret_key = ...` inside a `provider "aws"` block or an
  // `aws:` YAML map is seen; the AWS-specific spellings of the name stand on their own.
  keywords: ['aws', 'secret_access_key', 'secretaccesskey', 'secret-access-key'],
  linesAround: 3,
  pattern: /(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/,
  validate: assignedTo({ name: /secret|aws[_.-]?sk$/i, what: 'an AWS secret key setting' }),
  // Real keys score about 4.8; hex digests and words of the same length stay under 4.
  entropy: 4.0,
  lifetimeOf: (_secret, ctx) =>
    SESSION_HINT.test(around(ctx.text, ctx.secretStart, 600))
      ? { lifetime: 'short', detail: 'part of temporary STS credentials (an ASIA key or a session token is next to it)' }
      : undefined,
  examples: () => ({
    match: [
      `[default]\naws_access_key_id = ${fake('AKIA', UPPER_DIGITS, 16)}\naws_secret_access_key = ${fakeChars(BASE64, 40, 'ini')}`,
      `env:\n  AWS_SECRET_ACCESS_KEY: "${fakeChars(BASE64, 40, 'yaml')}"`,
      `provider "aws" {\n  region     = "eu-west-1"\n  secret_key = "${fakeChars(BASE64, 40, 'tf')}"\n}`,
      `{"Credentials": {"AccessKeyId": "${fake('ASIA', UPPER_DIGITS, 16)}", "SecretAccessKey": "${fakeChars(BASE64, 40, 'sts')}"}}`,
    ],
    noMatch: [
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}',
      // an encrypted blob, not a 40-character key
      `AWS_SECRET_ACCESS_KEY = ${fakeChars(BASE64, 56, 'enc')}==`,
      // a 40-character hex digest next to "aws" is not a secret key
      `aws_s3_etag_secret = "${fakeChars(HEX, 40, 'etag')}"`,
    ],
  }),
};

/** Base64 of the serialized session token header; these are the beginnings AWS has used since 2014. */
const SESSION_PREFIXES = 'FwoGZXIvYXdz|IQoJb3JpZ2luX2|FQoDYXdz|AQoDYXdz';
const SESSION_PREFIX_RE = new RegExp(`^(?:${SESSION_PREFIXES})`);
const SESSION_NAME = assignedTo({ name: /aws[_.-]?(?:session|security)[_.-]?token|^sessiontoken$|x-amz-security-token/i, what: 'an AWS session token setting' });

export const awsSessionToken: PatternRule = {
  kind: 'pattern',
  id: 'aws-session-token',
  title: 'AWS session token',
  category: 'secret',
  severity: 'error',
  description: 'An AWS STS session token, the third part of temporary credentials; it expires within hours, but until then it grants the role session\'s permissions.',
  remediation:
    'Revoke the role\'s active sessions (IAM console: Revoke active sessions) if it may still be valid, and let the SDK obtain temporary credentials at run time from the role, OIDC federation or IAM Identity Center instead of pasting them into files.',
  lifetime: 'short',
  lifetimeDetail: '15 minutes to 36 hours (role sessions at most 12 hours)',
  replacement: REPLACEMENT,
  keywords: [
    'aws_session_token', 'aws-session-token', 'awssessiontoken', 'sessiontoken', 'aws_security_token', 'x-amz-security-token',
    'fwogzxivyxdz', 'iqojb3jpz2lux2', 'fqodyxdz', 'aqodyxdz',
  ],
  pattern: /(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{100,3000}={0,2})(?![A-Za-z0-9/+=])/,
  validate: (token, ctx) =>
    SESSION_PREFIX_RE.test(token) || SESSION_NAME(token, ctx) === true
      ? true
      : 'neither an AWS session token prefix nor an AWS session token name',
  entropy: 4.5,
  examples: () => ({
    match: [
      `[default]\naws_session_token = IQoJb3JpZ2luX2Vj${fakeChars(BASE64, 420, 'ini')}`,
      `export AWS_SESSION_TOKEN="FwoGZXIvYXdz${fakeChars(BASE64, 300, 'env')}"`,
      `{"Credentials": {"SessionToken": "${fakeChars(BASE64, 360, 'json')}="}}`,
    ],
    noMatch: [
      'AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}',
      'aws_session_token = <your-session-token>',
      `session_token = "${fakeChars(HEX, 64, 'web')}"`,
    ],
  }),
};

const BEDROCK_SHORT_PREFIX = 'bedrock-api-key-';
// base64("bedrock.amazonaws.com"): every short-term key encodes a presigned URL for that host.
const BEDROCK_HOST_B64 = 'YmVkcm9jay5hbWF6b25hd3MuY29t';

function bedrockUrl(token: string): string | undefined {
  const bytes = base64Bytes(token.slice(BEDROCK_SHORT_PREFIX.length));
  return bytes ? bytesToLatin1(bytes) : undefined;
}

function bedrockLifetime(token: string): LifetimeInfo | undefined {
  if (token.startsWith('ABSK')) {
    return { lifetime: 'long', detail: 'long-term key: expires on the date chosen at creation (1 day up to never)' };
  }
  const url = bedrockUrl(token) ?? '';
  const date = /X-Amz-Date=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(url);
  const expires = /X-Amz-Expires=(\d{1,6})/.exec(url);
  if (!date || !expires) return { lifetime: 'short', detail: 'short-term key: at most 12 hours' };
  const signed = Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!, +date[4]!, +date[5]!, +date[6]!);
  const ms = Number(expires[1]) * 1000;
  return { lifetime: 'short', detail: `short-term key valid for ${durationWords(ms)}`, expiresAt: new Date(signed + ms).toISOString() };
}

function sampleShortTermKey(salt: string): string {
  const url =
    'bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256' +
    `&X-Amz-Credential=${fake('ASIA', UPPER_DIGITS, 16, salt)}%2F20250301%2Fus-east-1%2Fbedrock%2Faws4_request` +
    `&X-Amz-Date=20250301T080000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${fakeChars(ALNUM, 380, salt)}` +
    `&X-Amz-Signature=${fakeChars(HEX, 64, salt)}&X-Amz-SignedHeaders=host&Version=1`;
  return BEDROCK_SHORT_PREFIX + bytesToBase64(latin1Bytes(url));
}

function sampleLongTermKey(salt: string): string {
  const body = `BedrockAPIKey-${fakeChars(LOWER_ALNUM, 4, salt)}-at-${fakeChars('0123456789', 12, salt)}:${fakeChars(BASE64, 60, salt)}`;
  return 'ABSK' + bytesToBase64(latin1Bytes(body));
}

export const awsBedrockApiKey: PatternRule = {
  kind: 'pattern',
  id: 'aws-bedrock-api-key',
  title: 'Amazon Bedrock API key',
  category: 'secret',
  severity: 'error',
  description:
    'An Amazon Bedrock API key: a long-term key (ABSK, an IAM service-specific credential) or a short-term key (bedrock-api-key-, a presigned URL valid up to 12 hours). Either one calls Bedrock models on your bill.',
  remediation:
    'Delete the long-term key (IAM user > service-specific credentials) or revoke the issuing session for a short-term key, then call Bedrock with SigV4 credentials from an IAM role, or generate short-term keys at run time with aws-bedrock-token-generator.',
  lifetime: 'long',
  lifetimeDetail: 'long-term keys expire on the date chosen at creation (or never); short-term keys within 12 hours',
  replacement: 'IAM roles with SigV4 signing, or short-term Bedrock API keys generated at run time',
  keywords: ['absk', BEDROCK_SHORT_PREFIX],
  pattern: re(
    String.raw`(?<![A-Za-z0-9+/-])(ABSK[A-Za-z0-9+/]{100,400}={0,2}|${BEDROCK_SHORT_PREFIX}${BEDROCK_HOST_B64}[A-Za-z0-9+/]{60,6000}={0,2})(?![A-Za-z0-9+/=])`,
  ),
  validate: (token) => {
    if (token.startsWith('ABSK')) {
      const bytes = base64Bytes(token.slice(4));
      const text = bytes ? bytesToLatin1(bytes) : '';
      return text.startsWith('BedrockAPIKey-') && text.includes(':') ? true : 'ABSK value does not decode to a Bedrock service-specific credential';
    }
    const url = bedrockUrl(token) ?? '';
    return url.includes('X-Amz-Credential=') && url.includes('X-Amz-Signature=')
      ? true
      : 'bedrock-api-key- value does not decode to a signed Bedrock URL';
  },
  lifetimeOf: bedrockLifetime,
  describe: (token) => (token.startsWith('ABSK') ? 'long-term Amazon Bedrock API key' : 'short-term Amazon Bedrock API key'),
  prefix: 'ABSK',
  examples: () => ({
    match: [
      `export AWS_BEARER_TOKEN_BEDROCK=${sampleLongTermKey('env')}`,
      `client = boto3.client("bedrock-runtime")  # token: "${sampleShortTermKey('py')}"`,
      `{"bedrockApiKey": "${sampleLongTermKey('json')}"}`,
    ],
    noMatch: [
      `AWS_BEARER_TOKEN_BEDROCK=${BEDROCK_SHORT_PREFIX}${BEDROCK_HOST_B64}`,
      // ABSK followed by base64 that is not a Bedrock credential
      `token = "ABSK${bytesToBase64(latin1Bytes(fakeChars(ALNUM, 90, 'other')))}"`,
      'AWS_BEARER_TOKEN_BEDROCK=<your-bedrock-api-key>',
    ],
  }),
};

export const awsAppSyncApiKey: PatternRule = {
  kind: 'pattern',
  id: 'aws-appsync-api-key',
  title: 'AWS AppSync API key',
  category: 'secret',
  severity: 'warning',
  description: 'An AWS AppSync GraphQL API key (da2-); it lets anyone call the API\'s operations that allow API_KEY authorization.',
  remediation:
    'Delete the key in the AppSync console and prefer Cognito user pools, IAM or OIDC authorization; if a public API key is intended, keep it out of server code and give it the shortest expiry.',
  lifetime: 'long',
  lifetimeDetail: 'expires after 7 days by default, configurable up to 365 days',
  replacement: 'Cognito user pool, IAM (SigV4) or OIDC authorization on the AppSync API',
  keywords: ['da2-'],
  pattern: /\b(da2-[a-z0-9]{26})\b/,
  entropy: 3.5,
  prefix: 'da2-',
  examples: () => ({
    match: [
      `const awsconfig = {\n  aws_appsync_graphqlEndpoint: "https://${fakeChars(LOWER_ALNUM, 26, 'h')}.appsync-api.us-east-1.amazonaws.com/graphql",\n  aws_appsync_apiKey: "${fake('da2-', LOWER_ALNUM, 26)}",\n};`,
      `APPSYNC_API_KEY=${fake('da2-', LOWER_ALNUM, 26, 'env')}`,
    ],
    noMatch: ['APPSYNC_API_KEY=da2-xxxxxxxxxxxxxxxxxxxxxxxxxx', `APPSYNC_API_KEY=${fake('da2-', LOWER_ALNUM, 12)}`],
  }),
};

export const awsRules: PatternRule[] = [awsAccessKeyId, awsSecretAccessKey, awsSessionToken, awsBedrockApiKey, awsAppSyncApiKey];
