/**
 * Seeded generators of YAML and JSON documents in and around the fast reader's subset (block maps and
 * sequences, flow collections, quoted and plain scalars, indentation quirks), plus small mutations that push
 * them outside it or make them invalid, for the differential test of `grants/fast-yaml.ts`.
 */
export type Rand = () => number;

/** Mulberry32: a small seeded generator, so a failing case can be replayed. */
export function seeded(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const WORDS = ['get', 'list', 'watch', '*', '', 'pods', 'secrets', 'rbac.authorization.k8s.io', 's3:GetObject', 'dynamodb:*', 'arn:aws:s3:::b/*', 'Allow', 'Deny', 'true', 'false', 'null', '~', 'Null', '1', '-1', '+2', '0x1F', '0o17', '1.5', '.5', '1e3', '.inf', '-.Inf', '.nan', 'yes', 'no', 'on', '007', '1_000', 'a b', 'Fn::Sub', 'Ref', 'Condition', 'x:y', 'a#b', 'a #b', "it's", 'say "hi"', 'back\\slash', 'tab\there', 'é ü 😀', '-dash', '-', '?q', ':c', '@at', '`tick', '%p', '&anchor', '*alias', '!tag', '|', '>', '[x]', '{y}', 'a,b', '<<', 'key: v', 'a: ', 'end:', '____', ' lead', 'trail ', '---', '...', '#c'];
const KEYS = ['apiVersion', 'kind', 'metadata', 'name', 'rules', 'verbs', 'resources', 'apiGroups', 'Statement', 'Effect', 'Action', 'Resource', 'Principal', 'Ref', 'Fn::Join', 'Condition', 'a b', 'x:y', 'true', '1', 'null', '<<', '', 'k-1', 'app.kubernetes.io/name', '-k', '?k', '"q"'];

function plainOrQuoted(r: Rand, w: string, ctx: 'block' | 'flow' | 'key'): string {
  const k = r();
  if (k < 0.4) return w;
  if (k < 0.75) return JSON.stringify(w);
  if (k < 0.95) return `'${w.replace(/'/g, "''")}'`;
  return `"${w.replace(/"/g, '\\"')}\\u0041\\x41\\e"`;
}

function flowValue(r: Rand, depth: number, json: boolean): string {
  const k = r();
  if (depth > 2 || k < 0.55) return json ? pick(r, [JSON.stringify(pick(r, WORDS)), '1', 'true', 'null', '-2.5e3']) : plainOrQuoted(r, pick(r, WORDS), 'flow');
  const n = Math.floor(r() * 4);
  if (k < 0.8) return `[${Array.from({ length: n }, () => flowValue(r, depth + 1, json)).join(pick(r, [', ', ',', ' , ']))}${r() < 0.05 ? ',' : ''}]`;
  return `{${Array.from({ length: n }, () => `${json || r() < 0.8 ? JSON.stringify(pick(r, KEYS)) : pick(r, KEYS)}${pick(r, [': ', ':', ' : '])}${flowValue(r, depth + 1, json)}`).join(pick(r, [', ', ','])) }}`;
}

/** A block YAML node at `indent`, as lines. */
function blockNode(r: Rand, indent: number, depth: number, out: string[]): void {
  const pad = ' '.repeat(indent);
  if (depth > 3 || r() < 0.1) {
    out.push(pad + plainOrQuoted(r, pick(r, WORDS), 'block'));
    return;
  }
  const seq = r() < 0.4;
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    if (seq) {
      const k = r();
      if (k < 0.4) out.push(`${pad}- ${r() < 0.3 ? flowValue(r, 1, false) : plainOrQuoted(r, pick(r, WORDS), 'block')}${r() < 0.05 ? '   ' : ''}`);
      else if (k < 0.8) {
        // A compact mapping in the item.
        const m: string[] = [];
        blockMap(r, indent + 2, depth + 1, m, 1 + Math.floor(r() * 3));
        out.push(`${pad}- ${m[0]!.slice(indent + 2)}`, ...m.slice(1));
      } else {
        out.push(`${pad}-`);
        blockNode(r, indent + pick(r, [2, 4, 1]), depth + 1, out);
      }
    } else blockMap(r, indent, depth, out, 1);
  }
}

function blockMap(r: Rand, indent: number, depth: number, out: string[], n: number): void {
  const pad = ' '.repeat(indent);
  for (let i = 0; i < n; i++) {
    const key = plainOrQuoted(r, pick(r, KEYS), 'key');
    const k = r();
    if (k < 0.45) out.push(`${pad}${key}: ${plainOrQuoted(r, pick(r, WORDS), 'block')}${r() < 0.05 ? '  ' : ''}`);
    else if (k < 0.6) out.push(`${pad}${key}: ${flowValue(r, 1, false)}`);
    else {
      out.push(`${pad}${key}:${r() < 0.1 ? '  ' : ''}`);
      // Children more indented, or an indentless sequence at the key's column.
      const childIndent = r() < 0.2 ? indent : indent + pick(r, [2, 2, 4, 1]);
      if (childIndent === indent) {
        const m: string[] = [];
        blockNode(r, indent, depth + 1, m);
        if (m[0]?.trimStart().startsWith('- ')) out.push(...m);
        else {
          out.push(`${pad}- x`);
        }
      } else blockNode(r, childIndent, depth + 1, out);
    }
  }
}

export function yamlDocument(r: Rand): string {
  const lines: string[] = [];
  if (r() < 0.5) lines.push(pick(r, ['---', '--- ', '---  ', '--- # c', '--- a']));
  const root = r();
  if (root < 0.1) lines.push(flowValue(r, 0, false));
  else blockNode(r, r() < 0.1 ? 2 : 0, 0, lines);
  if (r() < 0.2) lines.splice(Math.floor(r() * lines.length), 0, pick(r, ['', '   ', '# comment', '  # c', '\t', '...']));
  let text = lines.join('\n') + pick(r, ['\n', '', '\n\n', '\n  \n']);
  if (r() < 0.25) text = mutate(r, text);
  return text;
}

export function jsonDocument(r: Rand): string {
  const ind = pick(r, ['', '  ', '    ', '\t']);
  const pretty = r() < 0.7;
  const obj = () => {
    const st = Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({ Effect: pick(r, ['Allow', 'Deny']), Action: r() < 0.5 ? pick(r, WORDS) : [pick(r, WORDS), pick(r, WORDS)], Resource: pick(r, WORDS), ...(r() < 0.3 ? { Condition: { StringEquals: { 'aws:x': pick(r, WORDS) } }, N: 1.5, B: true, Z: null } : {}) }));
    return { Version: '2012-10-17', Statement: r() < 0.2 ? st[0] : st };
  };
  let text = JSON.stringify(obj(), null, pretty ? pick(r, [2, 4]) : undefined);
  text = text.split('\n').map((l, i) => (i === 0 && r() < 0.5 ? l : ind + l)).join('\n');
  if (r() < 0.3) text = '\n' + text + '\n' + ind;
  if (r() < 0.3) text = mutate(r, text);
  return text;
}

/** A small random edit: insert, delete or replace a character or a line's indentation. */
export function mutate(r: Rand, text: string): string {
  const at = Math.floor(r() * (text.length + 1));
  const k = r();
  if (k < 0.3) return text.slice(0, at) + pick(r, [' ', '\n', ':', '-', '"', "'", '#', '[', ']', '{', '}', ',', '*', '&', '!', '|', '\t', '\r', 'x', '?', '\\']) + text.slice(at);
  if (k < 0.6) return text.slice(0, at) + text.slice(at + 1);
  if (k < 0.8) {
    const ls = text.split('\n');
    const i = Math.floor(r() * ls.length);
    ls[i] = r() < 0.5 ? ` ${ls[i]}` : ls[i]!.replace(/^ /, '');
    return ls.join('\n');
  }
  return text.slice(0, at) + ' ' + text.slice(at);
}
