import type { Rule } from '../../rule.js';

export const cloudRules: Rule[] = [];
