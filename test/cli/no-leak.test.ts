/**
 * Issue 8's proof that nhilint never becomes the leak: one unique value is planted in every kind of input the
 * scanner reads (plain assignments, .env, JSON, YAML, a Kubernetes Secret's base64, a docker config auth, a
 * connection string, a JWT claim, a broken YAML document and a broken policy that make parsers complain, a
 * suppressed line, a staged blob, a commit in history) and every byte every CLI surface produces is searched for
 * it: all formats with --verbose and --explain, --fix-dry-run, the baseline file, --staged (stdout and the
 * blocking message), --diff and --git-history.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { gitRepo } from '../helpers/git.js';
import { githubPat } from '../helpers/tokens.js';
import { ALNUM, fakeChars } from '../../rules/src/secrets/testing/fake.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('a planted value never comes out', () => {
  it('of any surface, whatever input it was planted in', () => {
    const token = githubPat('planted');
    const pw = `${fakeChars(ALNUM, 18, 'planted-pw')}#7`;
    const claim = `claim${fakeChars(ALNUM, 16, 'planted-claim')}`;
    const awsSecret = fakeChars(ALNUM + '+/', 40, 'planted-aws');
    const jwt = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ iss: 'https://issuer.example', sub: claim, iat: 1700000000 })}.${fakeChars(ALNUM, 43, 'sig')}`;
    const files: Record<string, string> = {
      'app.py': `GITHUB_TOKEN = "${token}"\n`,
      '.env': `DB_PASSWORD=${pw}\nAPI_TOKEN=${token}\n`,
      'config.json': JSON.stringify({ database: { password: pw }, github: { token } }, null, 2),
      'values.yaml': `db:\n  password: "${pw}"\n`,
      'secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  password: ${b64(pw)}\n  token: ${b64(token)}\n`,
      '.docker/config.json': JSON.stringify({ auths: { 'registry.example.com': { auth: b64(`deploy:${pw}`) } } }),
      'db.ts': `const url = "postgres://app:${pw}@db.internal:5432/app";\n`,
      'auth.ts': `const session = "${jwt}";\n`,
      'broken.yaml': `kind: Secret\ndata:\n  token: [${token}\n  password: "${pw}\n: : :\n`,
      'policy.json': `{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Sid": "${token}"\n`,
      // Fix diffs show context lines: a suppressed token right above a grant fix must not show through.
      'rbac.yaml': `apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: x\n  annotations:\n    note: "${pw}"\nrules:\n- apiGroups: [""]\n  # nhilint-ignore github-token -- fixture\n  # legacy ${token}\n  resources: ["pods"]\n  verbs: ["*"]\n`,
      // The OIDC fix removes the key lines: the diff's removed lines must not show them.
      '.github/workflows/deploy.yml': [
        'name: deploy', 'on: push', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    steps:',
        '      - uses: aws-actions/configure-aws-credentials@v4', '        with:',
        `          aws-access-key-id: AKIA${fakeChars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16, 'planted-akid')}`,
        `          aws-secret-access-key: ${awsSecret}`, '          aws-region: eu-west-1', '',
      ].join('\n'),
      'suppressed.py': `# nhilint-ignore github-token -- fixture for a test\nT = "${token}"\n`,
    };
    const repo = gitRepo('nhilint-leak-');
    repo.write('README.md', 'base\n');
    repo.git('add', '.');
    repo.git('commit', '-q', '-m', 'base');
    for (const [path, text] of Object.entries(files)) repo.write(path, text);
    repo.git('add', '.');
    const outputs: string[] = [];
    const run = (args: string[]) => {
      const r = runCli(args, { cwd: repo.dir });
      outputs.push(r.stdout, r.stderr);
      return r;
    };
    // Staged first (the blocking message), then committed for --diff and --git-history.
    run(['scan', '--staged']);
    run(['scan', '--staged', '--format', 'json', '--explain']);
    repo.git('commit', '-q', '--no-verify', '-m', 'planted');
    for (const format of ['text', 'json', 'sarif', 'github', 'junit']) {
      for (const extra of [[], ['--verbose'], ['--explain'], ['--verbose', '--explain']]) run(['scan', '.', '--format', format, ...extra]);
    }
    run(['scan', '.', '--fix-dry-run']);
    run(['scan', '--diff', 'HEAD~1', '--format', 'json', '--explain']);
    run(['scan', '--git-history', '--format', 'json', '--verbose']);
    run(['scan', '--git-history']);
    run(['baseline', '.']);
    outputs.push(readFileSync(join(repo.dir, '.nhilint-baseline.json'), 'utf8'));

    const all = outputs.join('\n');
    expect(all).toMatch(/github-token/); // the surfaces did report
    expect(all).toMatch(/parse/); // and the broken files did make the parsers complain
    expect(all).toMatch(/role-to-assume/); // and the fix diffs were printed
    for (const value of [token, pw, claim, b64(pw), b64(token), awsSecret]) {
      expect(all.includes(value), `full value ${value.slice(0, 4)}…`).toBe(false);
      for (let i = 4; i + 8 <= value.length; i += 4) expect(all.includes(value.slice(i, i + 8)), `slice ${i} of ${value.slice(0, 4)}…`).toBe(false);
    }
  });
});
