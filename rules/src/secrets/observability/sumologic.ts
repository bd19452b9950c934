import type { PatternRule } from '../../rule.js';
import { ALNUM, fakeChars } from '../testing/fake.js';
import { precededBy } from '../saas/context.js';

/**
 * Sumo Logic access keys are an access ID (`su` + 12 alphanumerics) and an access key (64 alphanumerics). Neither
 * has a distinctive prefix, so both need the Sumo name. The name is matched case by case (`sumo`, `Sumo`, `SUMO`)
 * so that identifiers such as `sumOfValues` do not count, and up to three lines back, because nested YAML
 * (`sumologic:` then `accessKey:` below it) is the usual way these are configured.
 */
const NAMES = /(?:\b|_)(?:sumo|Sumo|SUMO)(?:logic|Logic|LOGIC)?(?:\b|_|[A-Z0-9])/;
const KEYWORDS = ['sumo'];

export const sumoLogicAccessKey: PatternRule = {
  kind: 'pattern',
  id: 'sumologic-access-key',
  title: 'Sumo Logic access key',
  category: 'secret',
  severity: 'error',
  description: 'A Sumo Logic access key (64 alphanumerics next to a Sumo name); with its access ID it calls the Sumo Logic API with the permissions of the user or role that owns it.',
  remediation:
    'Delete the access key under Administration > Security > Access Keys in Sumo Logic, create a new one scoped to the needed role, and keep the ID and key in a secret manager (the collector and Terraform provider read SUMOLOGIC_ACCESSKEY from the environment).',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: KEYWORDS,
  pattern: /\b([A-Za-z0-9]{64})\b/,
  entropy: 3.5,
  linesAround: 3,
  validate: precededBy({ names: NAMES, keys: /key|secret|token/i, lines: 3, reach: 300 }),
  examples: () => ({
    match: [
      `export SUMOLOGIC_ACCESSKEY="${fakeChars(ALNUM, 64, 'env')}"`,
      `sumologic:\n  accessId: su${fakeChars(ALNUM, 12, 'id')}\n  accessKey: ${fakeChars(ALNUM, 64, 'helm')}`,
    ],
    noMatch: [
      `sumOfExposures = ${fakeChars(ALNUM, 64, 'sum')};`,
      '#   SUMO_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `SUMO_COLLECTOR_NAME=${fakeChars(ALNUM, 64, 'name')}`,
    ],
  }),
};

export const sumoLogicAccessId: PatternRule = {
  kind: 'pattern',
  id: 'sumologic-access-id',
  title: 'Sumo Logic access ID',
  category: 'secret',
  severity: 'info',
  description: 'A Sumo Logic access ID (su + 12 alphanumerics); not secret by itself, it is the identifier half of an access key pair, so the key is usually close by.',
  remediation:
    'Check the surrounding file for the matching access key; if it is there, delete the pair in Sumo Logic and load both values from a secret manager or environment variables instead.',
  lifetime: 'static',
  lifetimeDetail: 'valid as long as its access key',
  keywords: KEYWORDS,
  pattern: /\b(su[A-Za-z0-9]{12})\b/,
  entropy: 3,
  linesAround: 3,
  validate: precededBy({ names: NAMES, keys: /id/i, lines: 3, reach: 300 }),
  prefix: 'su',
  examples: () => ({
    match: [
      `sumologic_access_id = "su${fakeChars(ALNUM, 12, 'tf')}"`,
      `export SUMOLOGIC_ACCESSID="su${fakeChars(ALNUM, 12, 'env')}"`,
    ],
    noMatch: ['- (NSNumber *)sumOfProperty:(NSString *)property;', 'export SUMOLOGIC_ACCESSID=XXXXXXXXXXXXXX', `sumObj = su${fakeChars(ALNUM, 12, 'obj')}`],
  }),
};
