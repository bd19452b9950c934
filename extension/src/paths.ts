/**
 * The path a document is scanned under. Rules look at it (`.tf`, `.env`, workflow folders) and fingerprints and
 * the baseline key on it, so a saved file gets the path the CLI gives it: relative to its workspace folder, with
 * `/`. An untitled buffer has none; it gets a name with its language's extension so path-based rules still apply.
 */
const EXTENSIONS: Record<string, string> = {
  javascript: '.js', javascriptreact: '.jsx', typescript: '.ts', typescriptreact: '.tsx', python: '.py', go: '.go',
  java: '.java', kotlin: '.kt', ruby: '.rb', csharp: '.cs', php: '.php', rust: '.rs', shellscript: '.sh',
  yaml: '.yaml', json: '.json', jsonc: '.json', terraform: '.tf', hcl: '.hcl', xml: '.xml', properties: '.properties',
  ini: '.ini', toml: '.toml', markdown: '.md', dockerfile: '/Dockerfile', powershell: '.ps1', sql: '.sql',
};
const SPECIAL_NAMES: Record<string, string> = { dotenv: '.env', dockercompose: 'docker-compose.yml' };

export function untitledPath(untitledName: string, languageId: string): string {
  const base = untitledName.replace(/[\\/]/g, '_') || 'untitled';
  if (SPECIAL_NAMES[languageId]) return `${base}/${SPECIAL_NAMES[languageId]}`;
  const ext = EXTENSIONS[languageId];
  if (!ext) return base;
  return ext.startsWith('/') ? `${base}${ext}` : `${base}${ext}`;
}

/** `undefined` when the file is not under `root`. */
export function relativeTo(root: string, absPath: string): string | undefined {
  const norm = (p: string) => p.replace(/\\/g, '/').replace(/\/+$/, '');
  const r = norm(root);
  const a = norm(absPath);
  if (!a.startsWith(r + '/')) return undefined;
  return a.slice(r.length + 1);
}

/** A workspace-relative path from a setting, or the default when it would leave the folder or enter `.git`. */
export function insideFolder(p: unknown, fallback: string): string {
  if (typeof p !== 'string' || !p.trim()) return fallback;
  const norm = p.replace(/\\/g, '/').replace(/^\.\//, '');
  // Nothing outside the folder, and nothing in git's own directory (hooks there are executed).
  if (norm.startsWith('/') || /^[A-Za-z]:/.test(norm) || norm.split('/').some((seg) => seg === '..' || seg.toLowerCase() === '.git')) return fallback;
  return norm;
}
