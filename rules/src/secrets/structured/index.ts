import type { Rule } from '../../rule.js';
import { privateKey } from './private-key.js';
import { jwt } from './jwt.js';
import { connectionStringPassword } from './connection-string.js';
import { npmrcAuthToken } from './npmrc.js';
import { dockerConfigAuth } from './docker-config.js';

/** Structural detectors: the format (PEM armour, JWT, URL userinfo, config file syntax) identifies the secret. */
export const structuredRules: Rule[] = [privateKey, jwt, connectionStringPassword, npmrcAuthToken, dockerConfigAuth];
