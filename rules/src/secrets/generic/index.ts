import type { Rule } from '../../rule.js';

export const genericRules: Rule[] = [];
