import type { Rule } from '../../rule.js';

export const ciCdRules: Rule[] = [];
