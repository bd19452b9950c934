/**
 * A fix for tokens found in a CI pipeline file: read the value from the CI system's own secret store instead.
 * It changes behaviour (the secret has to be created there first) and the name is the user's choice, so it is a
 * snippet suggestion with the name as a tab stop. Outside CI files the editor's "move to an environment
 * variable" action covers the value, so no fix is offered there.
 */
import type { Fix } from '../finding.js';
import type { MatchContext } from '../rule.js';

const GITHUB_WORKFLOW = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i;
const GITLAB_CI = /(?:^|\/)\.gitlab-ci\.ya?ml$/i;

/** `$` and `}` are snippet syntax; a name is [A-Z0-9_], so only the surrounding text needs escaping. */
export function ciSecretStoreFix(name: string): (ctx: MatchContext & { secretEnd: number }) => Fix[] {
  return (ctx) => {
    const edit = (newText: string) => [{ start: ctx.secretStart, end: ctx.secretEnd, newText }];
    if (GITHUB_WORKFLOW.test(ctx.path)) {
      return [
        {
          title: `Read it from a GitHub Actions secret: \${{ secrets.${name} }}`,
          kind: 'suggestion',
          snippet: true,
          edits: edit(`\\\${{ secrets.\${1:${name}} }}`),
        },
      ];
    }
    if (GITLAB_CI.test(ctx.path)) {
      return [{ title: `Read it from a GitLab CI/CD variable: $${name}`, kind: 'suggestion', snippet: true, edits: edit(`\\$\${1:${name}}`) }];
    }
    return [];
  };
}
