/**
 * Builds data/network/list-parties.tsv (organisation and vessel names of proliferation-related list
 * entries, with their country) from the official list snapshots in ../shared/data/lists.
 * Run: npm run build && node dist/bench/network-dicts.js   (rewrites the bundled file; see data/network/SOURCES.md)
 */
import fs from 'node:fs';
import { parseCsv } from '../src/common/csv.js';
import { dataPath, sharedDataPath } from '../src/common/paths.js';
import { toAlpha3 } from '../src/common/countries.js';

/** Programs of the OFAC SDN list that concern proliferation, arms and the embargoed states. */
const sdnPrograms = /NPWMD|IFSR|\bIRAN\b|IRGC|DPRK|SYRIA|NONPRO|CON-ARMS|IRAQ/;
const programCountry: Array<[RegExp, string]> = [[/IRAN|IFSR|IRGC/, 'IRN'], [/DPRK/, 'PRK'], [/SYRIA/, 'SYR'], [/IRAQ/, 'IRQ']];

type Row = { name: string; kind: 'organization' | 'vessel'; country: string; list: string };

function clean(s: string | undefined): string {
  const t = (s ?? '').replace(/\u001a/g, '').trim();
  return t === '-0-' ? '' : t;
}

function fromSdn(dir: string, out: Row[]): void {
  const sdn = parseCsv(fs.readFileSync(`${dir}/sdn.csv`, 'utf8'));
  const keep = new Map<string, { kind: Row['kind']; country: string }>();
  for (const r of sdn) {
    const [ent, name, type, programs] = [clean(r[0]), clean(r[1]), clean(r[2]), clean(r[3])];
    if (!ent || !name || !sdnPrograms.test(programs)) continue;
    if (type !== '' && type !== 'vessel') continue;
    const kind = type === 'vessel' ? 'vessel' : 'organization';
    const country = programCountry.find(([re]) => re.test(programs))?.[1] ?? '';
    keep.set(ent, { kind, country });
    out.push({ name, kind, country, list: `us-ofac-sdn:${ent}` });
  }
  const alt = parseCsv(fs.readFileSync(`${dir}/alt.csv`, 'utf8'));
  for (const r of alt) {
    const k = keep.get(clean(r[0]));
    const name = clean(r[3]);
    if (k && name) out.push({ name, kind: k.kind, country: k.country, list: `us-ofac-sdn:${clean(r[0])}` });
  }
}

function fromUn(file: string, out: Row[]): void {
  const xml = fs.readFileSync(file, 'utf8');
  for (const m of xml.matchAll(/<ENTITY>([\s\S]*?)<\/ENTITY>/g)) {
    const body = m[1] ?? '';
    const ref = /<REFERENCE_NUMBER>(.*?)<\/REFERENCE_NUMBER>/.exec(body)?.[1] ?? '';
    const type = /<UN_LIST_TYPE>(.*?)<\/UN_LIST_TYPE>/.exec(body)?.[1] ?? '';
    if (!/Iran|DPRK|Iraq|Libya|Non-Proliferation/i.test(type) && !/^(IR|KP|IQ)/.test(ref)) continue;
    const country = /^IR/.test(ref) ? 'IRN' : /^KP/.test(ref) ? 'PRK' : /^IQ/.test(ref) ? 'IRQ' : '';
    const names = [/<FIRST_NAME>(.*?)<\/FIRST_NAME>/.exec(body)?.[1] ?? ''];
    for (const a of body.matchAll(/<ALIAS_NAME>(.*?)<\/ALIAS_NAME>/g)) names.push(a[1] ?? '');
    for (const n of names) if (n.trim()) out.push({ name: n.trim(), kind: 'organization', country, list: `un-sc:${ref}` });
  }
}

function fromCsl(file: string, out: Row[]): void {
  const rows = parseCsv(fs.readFileSync(file, 'utf8'));
  const head = rows[0] ?? [];
  const col = (n: string) => head.indexOf(n);
  const [iType, iSource, iName, iAddr, iAlt, iId] = ['type', 'source', 'name', 'addresses', 'alt_names', '_id'].map(col) as number[];
  for (const r of rows.slice(1)) {
    const source = r[iSource!] ?? '';
    if (!/Entity List|Nonproliferation|Military End User/.test(source)) continue;
    if ((r[iType!] ?? '') === 'Individual') continue;
    const name = (r[iName!] ?? '').trim();
    if (!name || /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(name)) continue; // a bare two-word personal name
    const cc = /,\s*([A-Z]{2})\s*$/.exec((r[iAddr!] ?? '').split(';')[0] ?? '')?.[1];
    const country = (cc && toAlpha3(cc)) || '';
    const id = `us-csl:${r[iId!] ?? ''}`;
    out.push({ name, kind: 'organization', country, list: id });
    for (const a of (r[iAlt!] ?? '').split(';')) if (a.trim()) out.push({ name: a.trim(), kind: 'organization', country, list: id });
  }
}

function main(): void {
  const lists = sharedDataPath('lists');
  if (!lists) {
    console.error('network-dicts: ../shared/data/lists not found; nothing rebuilt');
    return;
  }
  const out: Row[] = [];
  fromSdn(`${lists}/us-ofac-sdn/2021-07-07`, out);
  fromUn(`${lists}/un-sc-consolidated/2026-02-27/consolidated.xml`, out);
  fromCsl(`${lists}/us-csl/2023-11-30/csl.csv`, out);
  const seen = new Set<string>();
  const lines = ['name\tkind\tcountry\tlist'];
  for (const r of out) {
    const name = r.name.replace(/[\t\r\n]+/g, ' ').replace(/\s+/g, ' ');
    const words = name.split(' ').length;
    if (name.length < 4 || (words < 2 && !/[A-Z]{4,}/.test(name))) continue; // single short words are too ambiguous
    const key = `${r.kind}|${name.toUpperCase()}|${r.country}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push([name, r.kind, r.country, r.list].join('\t'));
  }
  fs.writeFileSync(dataPath('network', 'list-parties.tsv'), lines.join('\n') + '\n');
  console.log(`network-dicts: ${lines.length - 1} names written to data/network/list-parties.tsv`);
}

main();
