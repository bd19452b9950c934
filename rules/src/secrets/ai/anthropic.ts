import type { PatternRule } from '../../index.js';
import { BASE64URL, fake } from '../testing/fake.js';

/** Anthropic keys: `sk-ant-api03-` (API) or `sk-ant-admin01-` (Admin API) + 93 base64url characters + `AA`. */

export const anthropicApiKey: PatternRule = {
  kind: 'pattern',
  id: 'anthropic-api-key',
  title: 'Anthropic API key',
  category: 'secret',
  severity: 'error',
  description: "An Anthropic API key; it runs Claude models billed to the workspace and reads the workspace's files and batches.",
  remediation:
    'Disable and delete the key in the Claude Console (Settings > API keys), create a new key in a workspace scoped to this service, and load it from an environment variable or a secret manager; on AWS or Google Cloud, Claude via Bedrock or Vertex AI can use workload identity instead.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until disabled or deleted',
  replacement: 'Claude on Amazon Bedrock or Google Vertex AI with IAM / workload identity',
  keywords: ['sk-ant-api03-'],
  pattern: /\b(sk-ant-api03-[\w-]{93}AA)(?![\w-])/,
  entropy: 4,
  prefix: 'sk-ant-',
  examples: () => ({
    match: [`ANTHROPIC_API_KEY=${fake('sk-ant-api03-', BASE64URL, 93, 'a')}AA`, `client = anthropic.Anthropic(api_key="${fake('sk-ant-api03-', BASE64URL, 93, 'b')}AA")`],
    noMatch: [`ANTHROPIC_API_KEY=${fake('sk-ant-api03-', BASE64URL, 60, 'c')}AA`, `ANTHROPIC_API_KEY=${fake('sk-ant-api03-', BASE64URL, 93, 'd')}BB`],
  }),
};

export const anthropicAdminKey: PatternRule = {
  kind: 'pattern',
  id: 'anthropic-admin-key',
  title: 'Anthropic Admin API key',
  category: 'secret',
  severity: 'error',
  description: 'An Anthropic Admin API key (sk-ant-admin01-); it manages members, workspaces and API keys of the whole organisation.',
  remediation:
    'Delete the admin key in the Claude Console (Settings > Admin keys); keep admin keys out of application code and load them only in the admin tooling that needs them, from a secret manager.',
  lifetime: 'static',
  lifetimeDetail: 'never expires until deleted',
  keywords: ['sk-ant-admin01-'],
  pattern: /\b(sk-ant-admin01-[\w-]{93}AA)(?![\w-])/,
  entropy: 4,
  prefix: 'sk-ant-',
  examples: () => ({
    match: [`ANTHROPIC_ADMIN_KEY=${fake('sk-ant-admin01-', BASE64URL, 93, 'e')}AA`, `admin_key: "${fake('sk-ant-admin01-', BASE64URL, 93, 'f')}AA"`],
    noMatch: [`ANTHROPIC_ADMIN_KEY=${fake('sk-ant-admin01-', BASE64URL, 93, 'g')}BB`, 'ANTHROPIC_ADMIN_KEY=sk-ant-admin01-...'],
  }),
};
