import type { Rule } from '../../rule.js';

export const messagingRules: Rule[] = [];
