import type { LifetimeInfo, PatternRule } from '../../index.js';
import { BASE64URL, LOWER_ALNUM, fakeChars } from '../testing/fake.js';

/** Buildkite's published token prefixes and lengths (buildkite.com/docs/platform/security/tokens). */
export const buildkiteApiToken: PatternRule = {
  kind: 'pattern',
  id: 'buildkite-api-token',
  title: 'Buildkite API access token',
  category: 'secret',
  severity: 'error',
  description: 'A Buildkite API access token (bkua_), acting as its user on the REST and GraphQL APIs with the scopes it was given.',
  remediation:
    'Revoke it under Personal settings > API access tokens, and read the replacement from a secret manager; in pipelines use the Buildkite OIDC token for cloud access instead of stored keys.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  replacement: 'Buildkite agent OIDC tokens (buildkite-agent oidc request-token) for cloud access',
  keywords: ['bkua_'],
  pattern: /\b(bkua_(?:[a-z0-9]{53}|[a-z0-9]{40}))\b/,
  entropy: 3.5,
  prefix: 'bkua_',
  examples: () => ({
    match: [`BUILDKITE_API_TOKEN=bkua_${fakeChars(LOWER_ALNUM, 40, 'a')}`, `curl -H "Authorization: Bearer bkua_${fakeChars(LOWER_ALNUM, 53, 'b')}" https://api.buildkite.com/v2/user`],
    noMatch: ['BUILDKITE_TOKEN=bkua_short', `BUILDKITE_TOKEN=bkua_${fakeChars(LOWER_ALNUM, 40, 'c')}_extra`],
  }),
};

const KINDS: Record<string, LifetimeInfo & { title: string }> = {
  bkct_: { title: 'Buildkite cluster agent token', lifetime: 'static', detail: 'never expires unless an expiry was set' },
  bkar_: { title: 'Buildkite agent registration token', lifetime: 'static', detail: 'never expires unless an expiry was set' },
  bkaa_: { title: 'Buildkite agent session token', lifetime: 'unknown', detail: 'valid while the agent stays registered' },
  bkaj_: { title: 'Buildkite agent job token', lifetime: 'short', detail: 'valid only while the job runs' },
  bkpt_: { title: 'Buildkite Package Registries token', lifetime: 'static', detail: 'never expires unless an expiry was set' },
  bkpat_: { title: 'Buildkite portal token', lifetime: 'unknown' },
  bkps_: { title: 'Buildkite portal secret', lifetime: 'static' },
};

export const buildkiteAgentToken: PatternRule = {
  kind: 'pattern',
  id: 'buildkite-agent-token',
  title: 'Buildkite agent, registry or portal token',
  category: 'secret',
  severity: 'error',
  description:
    'A Buildkite agent, cluster, job, Package Registries or portal token; agent and cluster tokens let anyone attach an agent that receives jobs and their secrets.',
  remediation:
    'Revoke the token in the cluster\'s Agent tokens page (or the registry or portal settings) and give agents the new one through the host\'s secret store or the agent hooks, not the repository.',
  lifetime: 'static',
  lifetimeDetail: 'depends on the token kind',
  keywords: Object.keys(KINDS),
  pattern: /\b(bkaa_[\w-]{75}|bkaj_[\w-]{333}|bkar_[\w-]{73}|bkct_[\w-]{73}|bkpt_[\w-]{199}|bkpat_[\w-]{54}|bkps_[\w-]{64})(?![\w-])/,
  entropy: 3.5,
  lifetimeOf: (t) => KINDS[t.slice(0, t.indexOf('_') + 1)],
  describe: (t) => KINDS[t.slice(0, t.indexOf('_') + 1)]?.title,
  prefix: 'bkct_',
  examples: () => ({
    match: [
      `BUILDKITE_AGENT_TOKEN=bkct_${fakeChars(BASE64URL, 73, 'ct')}`,
      `token="bkaa_${fakeChars(BASE64URL, 75, 'aa')}"`,
      `BUILDKITE_PACKAGE_TOKEN: bkpt_${fakeChars(BASE64URL, 199, 'pt')}`,
    ],
    noMatch: [`BUILDKITE_AGENT_TOKEN=bkaa_${fakeChars(BASE64URL, 74, 'short')}`, `BUILDKITE_AGENT_TOKEN=bkaa_${fakeChars(BASE64URL, 74, 'x')}-extra`],
  }),
};
