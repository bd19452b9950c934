import { readFileSync } from 'node:fs';
import { builtinRules, Scanner } from '../rules/src/index.js';
const cs = readFileSync('/work/shared/corpus/secrets/cases.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l)).filter((c:any)=>!c.generated);
const sc = new Scanner(builtinRules);
const cat: Record<string,number> = {}; const ex: Record<string,string[]> = {};
const only = process.argv[2];
for (const [n,c] of cs.entries() as any) {
  if (c.expect!=='none') continue;
  const r = sc.scan(c.text, `c${n}/case${c.ext||'.txt'}`);
  if (!r.findings.length) continue;
  const k = c.source + ' | ' + (c.name||'').replace(/^\w+: /,'').slice(0,40) + ' | ' + [...new Set(r.findings.map(f=>f.ruleId))].join(',');
  cat[k]=(cat[k]||0)+1; (ex[k] ??= []).push(c.id);
  if (only && k.includes(only)) { const f=r.findings[0]; const line=c.text.split('\n')[f.line-1]; console.log('FP', c.id, JSON.stringify(line.slice(0,160))); }
}
for (const [k,v] of Object.entries(cat).sort((a,b)=>b[1]-a[1]).slice(0,25)) console.log(v, k, ex[k].slice(0,2).join(' '));
