import type { Rule } from '../../rule.js';
import { genericSecretAssignment, genericSecretComparison } from './assignment.js';
import { curlUserCredentials, httpAuthorizationHeader } from './http-auth.js';
import { genericXmlKeyValueSecret, genericXmlSecret } from './xml.js';

/** Last in the rule order: any provider or structural rule on the same span wins over these. */
export const genericRules: Rule[] = [httpAuthorizationHeader, curlUserCredentials, genericXmlSecret, genericXmlKeyValueSecret, genericSecretAssignment, genericSecretComparison];
