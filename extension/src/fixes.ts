/**
 * A rule's fixes as editor actions, with no knowledge of any rule: every `Fix` becomes one action with its
 * edits as they are (snippet text stays snippet text, for tab stops the user completes). A machine-applicable
 * fix may be the preferred action; a suggestion never is, since it changes behaviour or needs a value filled in.
 */
import type { Finding } from '@nhilint/rules';

export interface FixAction {
  title: string;
  preferred: boolean;
  edits: { start: number; end: number; newText: string; snippet: boolean }[];
}

export function ruleFixActions(f: Pick<Finding, 'fixes'>, preferredTaken = false): FixAction[] {
  let taken = preferredTaken;
  return f.fixes.map((fix) => {
    const preferred = fix.kind === 'fix' && !taken;
    if (preferred) taken = true;
    return { title: fix.title, preferred, edits: fix.edits.map((e) => ({ start: e.start, end: e.end, newText: e.newText, snippet: fix.snippet === true })) };
  });
}
