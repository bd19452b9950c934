import type { Rule } from '../../rule.js';
import { githubFineGrainedPat, githubToken } from './github.js';

export const codeHostingRules: Rule[] = [githubToken, githubFineGrainedPat];
