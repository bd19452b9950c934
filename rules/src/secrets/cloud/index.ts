import type { Rule } from '../../rule.js';
import { awsRules } from './aws.js';
import { azureRules } from './azure.js';
import { googleRules } from './google.js';

export const cloudRules: Rule[] = [...awsRules, ...googleRules, ...azureRules];
