import type { PatternRule } from '../../index.js';
import { BASE64, BASE64URL, LOWER_ALNUM, fakeChars } from '../testing/fake.js';

export const dockerHubAccessToken: PatternRule = {
  kind: 'pattern',
  id: 'docker-hub-access-token',
  title: 'Docker Hub access token',
  category: 'secret',
  severity: 'error',
  description: 'A Docker Hub personal (dckr_pat_) or organization (dckr_oat_) access token; with write scope it pushes images that others pull and run.',
  remediation:
    'Delete the token in Docker Hub (Account settings > Personal access tokens, or the organization\'s access tokens), scope and expire the replacement, and log in from CI with a secret variable.',
  lifetime: 'static',
  lifetimeDetail: 'never expires unless an expiration was set',
  keywords: ['dckr_pat_', 'dckr_oat_'],
  pattern: /\b(dckr_pat_[A-Za-z0-9_-]{27}|dckr_oat_[A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  describe: (t) => (t.startsWith('dckr_oat_') ? 'organization access token' : 'personal access token'),
  prefix: 'dckr_',
  examples: () => ({
    match: [
      `echo "dckr_pat_${fakeChars(BASE64URL, 27, 'pat')}" | docker login -u acme --password-stdin`,
      `DOCKERHUB_TOKEN=dckr_oat_${fakeChars(BASE64URL, 32, 'oat')}`,
    ],
    noMatch: ['DOCKER_TOKEN=not_a_real_token\ndckr_pat_tooshort\ndckr_pat_', `DOCKER_TOKEN=dckr_pat_${fakeChars(BASE64URL, 27, 'x')}extra`],
  }),
};

/**
 * Swarm join tokens are `SWMTKN-1-` + 50 base36 characters (the CA digest) + `-` + 25 base36 characters (the
 * secret); unlock keys are `SWMKEY-1-` + 43 base64 characters.
 */
export const dockerSwarmToken: PatternRule = {
  kind: 'pattern',
  id: 'docker-swarm-token',
  title: 'Docker Swarm join token or unlock key',
  category: 'secret',
  severity: 'error',
  description:
    'A Docker Swarm join token (SWMTKN-1-), which adds a node to the swarm (a manager token gives full control of it), or an autolock unlock key (SWMKEY-1-).',
  remediation: 'Rotate it (docker swarm join-token --rotate worker|manager, or docker swarm unlock-key --rotate) and hand tokens to new nodes through a secret store.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until rotated',
  keywords: ['swmtkn-1-', 'swmkey-1-'],
  pattern: /\b(SWMTKN-1-[a-z0-9]{50}-[a-z0-9]{25}|SWMKEY-1-[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/-])/,
  entropy: 3.5,
  prefix: 'SWM',
  examples: () => ({
    match: [
      `docker swarm join --token SWMTKN-1-${fakeChars(LOWER_ALNUM, 50, 'ca')}-${fakeChars(LOWER_ALNUM, 25, 's')} 10.0.0.2:2377`,
      `SWARM_UNLOCK_KEY=SWMKEY-1-${fakeChars(BASE64, 43, 'unlock')}`,
    ],
    noMatch: ['docker swarm join --token SWMTKN-1-short 10.0.0.2:2377', 'SWMKEY-1-short'],
  }),
};
