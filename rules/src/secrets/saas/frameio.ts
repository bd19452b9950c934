import type { PatternRule } from '../../rule.js';
import { BASE64URL, fake } from '../testing/fake.js';

/** Frame.io developer tokens: `fio-u-` + 64 URL-safe characters. */
export const frameioToken: PatternRule = {
  kind: 'pattern',
  id: 'frameio-developer-token',
  title: 'Frame.io developer token',
  category: 'secret',
  severity: 'error',
  description: 'A Frame.io developer token (fio-u-); it reads, uploads and deletes assets and comments in every team and project of its user, within the token\'s scopes.',
  remediation:
    'Delete the token in the Frame.io developer site (Tokens), create one with the narrowest scopes, and keep it in a secret manager; integrations for other users should use OAuth through Adobe IMS.',
  lifetime: 'static',
  lifetimeDetail: 'never expires; valid until deleted',
  keywords: ['fio-u-'],
  pattern: /(?<![A-Za-z0-9_-])(fio-u-[A-Za-z0-9_=-]{64})(?![\w=-])/,
  entropy: 4,
  prefix: 'fio-u-',
  examples: () => ({
    match: [`FRAMEIO_TOKEN=${fake('fio-u-', BASE64URL, 64)}`, `client = FrameioClient("${fake('fio-u-', BASE64URL, 64, 'py')}")`],
    noMatch: ['FRAMEIO_TOKEN=fio-u-<token>', `FRAMEIO_TOKEN=${fake('fio-u-', BASE64URL, 30, 'short')}`],
  }),
};
