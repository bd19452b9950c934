import type { Rule } from '../../rule.js';

export const saasRules: Rule[] = [];
