import type { PatternRule } from '../../index.js';
import { keyedSecret } from './keyed.js';
import { HEX, fakeChars } from '../testing/fake.js';

const KINDS: Record<string, string> = {
  squ_: 'SonarQube user token',
  sqa_: 'SonarQube global analysis token',
  sqp_: 'SonarQube project analysis token',
  sqb_: 'SonarQube project badge token',
};

/** SonarQube 9.5+ tokens: a type prefix and 40 lowercase hex characters (20 random bytes). */
export const sonarqubeToken: PatternRule = {
  kind: 'pattern',
  id: 'sonarqube-token',
  title: 'SonarQube token',
  category: 'secret',
  severity: 'error',
  description:
    'A SonarQube user (squ_), analysis (sqa_, sqp_) or badge (sqb_) token; user tokens act with the user\'s permissions, analysis tokens can submit and read analyses.',
  remediation:
    'Revoke the token in SonarQube (My account > Security, or the project\'s tokens), set an expiry on the replacement, and pass it to the scanner through the CI secret store as SONAR_TOKEN.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  keywords: Object.keys(KINDS),
  pattern: /\b(sq[uapb]_[a-f0-9]{40})\b/,
  entropy: 3.0,
  describe: (t) => KINDS[t.slice(0, 4)],
  prefix: 'squ_',
  examples: () => ({
    match: [`sonar.token=squ_${fakeChars(HEX, 40, 'u')}`, `SONAR_TOKEN: "sqp_${fakeChars(HEX, 40, 'p')}"`, `-Dsonar.login=sqa_${fakeChars(HEX, 40, 'a')}`],
    noMatch: [`SONAR_TOKEN=squ_${fakeChars(HEX, 30, 'short')}`, 'SONAR_TOKEN=sqp_0000000000000000000000000000000000000000'],
  }),
};

/**
 * Tokens from SonarQube before 9.5 and from SonarCloud are 40 hex characters with no prefix: the rule needs
 * `sonar` and a key-ish word (`login` included, the scanner's old property) in the assignment.
 */
export const sonarLegacyToken: PatternRule = {
  kind: 'pattern',
  id: 'sonar-legacy-token',
  title: 'SonarQube / SonarCloud token (unprefixed format)',
  category: 'secret',
  severity: 'error',
  description: 'A 40-hex-character value assigned to sonar.login, sonar.token or a SONAR_*TOKEN setting: a SonarCloud token or a SonarQube token from before 9.5.',
  remediation: sonarqubeToken.remediation,
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiry was set',
  keywords: ['sonar'],
  ...keyedSecret({ names: 'sonar', keys: 'token|login|secret|password|api[_-]?key|auth', value: '[0-9a-f]{40}', after: /[0-9a-z]/i }),
  entropy: 3.0,
  examples: () => ({
    match: [`mvn sonar:sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.login=${fakeChars(HEX, 40, 'mvn')}`, `SONAR_TOKEN=${fakeChars(HEX, 40, 'env')}`],
    noMatch: [`sonarqube-scanner-2.5.0.tgz#${fakeChars(HEX, 40, 'lock')}`, 'SONAR_TOKEN=0000000000000000000000000000000000000000'],
  }),
};
