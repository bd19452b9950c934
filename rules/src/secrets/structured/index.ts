import type { Rule } from '../../rule.js';

export const structuredRules: Rule[] = [];
