import type { Rule } from '../../rule.js';

export const aiRules: Rule[] = [];
