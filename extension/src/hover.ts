/** Hover text for a finding: remediation, lifetime, OWASP NHI / CWE ids and how to suppress it. Markdown. */
import type { Finding } from '@nhilint/rules';
import type { CommentSyntax } from './suppress.js';

/** Markdown special characters in rule data (messages, remediation) are escaped, never interpreted. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

const OWASP_NHI = 'https://owasp.org/www-project-non-human-identities-top-10/2025/';

export function hoverMarkdown(f: Finding, syntax: CommentSyntax | null): string {
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(f.title)}** · [${escapeMarkdown(f.ruleId)}](${f.docsUrl}) · nhilint`);
  lines.push('', escapeMarkdown(f.message));
  if (f.category !== 'wildcard-grant') {
    const lifetime = f.lifetimeDetail ?? f.lifetime;
    lines.push('', `**Lifetime:** ${escapeMarkdown(f.lifetime)}${lifetime !== f.lifetime ? ` (${escapeMarkdown(lifetime)})` : ''}${f.expiresAt ? `, expires ${escapeMarkdown(f.expiresAt)}` : ''}`);
  }
  if (f.resource) lines.push('', `**Resource:** \`${f.resource.replace(/`/g, "'")}\``);
  lines.push('', `**Fix:** ${escapeMarkdown(f.remediation)}`);
  if (f.replacement) lines.push('', `**Use instead:** ${escapeMarkdown(f.replacement)}`);
  const ids = [...f.owasp.map((id) => `[OWASP ${id}](${OWASP_NHI})`), ...f.cwe.map((id) => `[${id}](https://cwe.mitre.org/data/definitions/${id.replace(/\D/g, '')}.html)`)];
  if (ids.length) lines.push('', `**Classification:** ${ids.join(', ')}`);
  lines.push(
    '',
    syntax
      ? `**Suppress** (line above, a reason is required): \`${syntax.open} nhilint-ignore ${f.ruleId} -- <reason>${syntax.close}\``
      : '**Suppress:** this format has no comments; add the finding to the baseline instead.',
  );
  return lines.join('\n');
}
