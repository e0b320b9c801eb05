/**
 * Build the compact control-list data bundled in data/controls/ from the collected sources in
 * ../shared/data/controls (see data/controls/SOURCES.md). Re-run to refresh:
 *
 *   npm run build && node dist/src/controls/build/build-data.js [SOURCE_DIR] [OUT_DIR]
 *
 * Everything the code reads at run time comes out of this script; nothing is edited by hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataPath, sharedDataPath } from '../../common/paths.js';
import { toAlpha3 } from '../../common/countries.js';
import { splitParagraphs } from '../paragraphs.js';
import { layoutParagraphs } from './layout-paragraphs.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function readJson(file: string): Json {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
}

function readJsonl(file: string): Json[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Json);
}

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
}

/** Country names of the EAR / EU texts that toAlpha3 does not know, mapped by hand. */
const nameOverrides: Record<string, string[]> = {
  'china (prc)': ['CHN'],
  'bosnia & herzegovina': ['BIH'],
  'congo (democratic republic of)': ['COD'],
  'congo (democratic republic of the)': ['COD'],
  'congo (republic of the)': ['COG'],
  congo: ['COG'],
  'korea, south': ['KOR'],
  'korea, north': ['PRK'],
  'south sudan, republic of': ['SSD'],
  'bahamas, the': ['BHS'],
  'gambia, the': ['GMB'],
  'micronesia (federated state of)': ['FSM'],
  'switzerland, including liechtenstein': ['CHE', 'LIE'],
  'china (including hong kong and macao)': ['CHN', 'HKG', 'MAC'],
  'myanmar/burma': ['MMR'],
  seycheles: ['SYC'],
  "cote d'lvoire": ['CIV'],
  'micronesia, federated states of': ['FSM'],
  'saint kitts & nevis': ['KNA'],
  'st. kitts and nevis': ['KNA'],
  'st. lucia': ['LCA'],
  'st. vincent and the grenadines': ['VCT'],
  kosovo: ['XKX'],
  'türkiye': ['TUR'],
  'curaçao': ['CUW'],
  'sint maarten (the dutch two-fifths of the island of saint martin)': ['SXM'],
};

function countryCodes(name: string, chartNames: Map<string, string>): string[] {
  const key = name.trim().toLowerCase();
  if (nameOverrides[key]) return nameOverrides[key]!;
  const fromChart = chartNames.get(key);
  if (fromChart) return [fromChart];
  const a3 = toAlpha3(name.trim());
  return a3 ? [a3] : [];
}

function buildChart(src: string) {
  const chart = readJson(path.join(src, 'us-ear-ecfr-2026-07-23', 'country-chart.json'));
  const csv = fs.readFileSync(path.join(src, 'us-ear-ecfr-2026-07-23', 'country-chart.csv'), 'utf8');
  const chartNames = new Map<string, string>();
  const rows: Json[] = [];
  const lines = csv.split('\n').slice(1).filter((l) => l.trim());
  for (const line of lines) {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
    const [name, iso2, iso3] = cells as [string, string, string];
    chartNames.set(name.toLowerCase(), iso3);
    const graded = chart.countries[name] as Json | undefined;
    const embargoed = chart.embargoed[name] as Json | undefined;
    rows.push({
      name,
      alpha2: iso2,
      alpha3: iso3,
      marks: graded ? (graded.marks as string[]).map((m) => m.replace(' ', '')) : [],
      footnotes: (graded ?? embargoed)?.footnotes ?? [],
      ...(embargoed ? { pointer: embargoed.pointer } : {}),
    });
  }
  for (const [alias, name] of Object.entries(chart.aliases as Record<string, string>)) {
    const a3 = chartNames.get(name.toLowerCase());
    if (a3 && !chartNames.has(alias)) chartNames.set(alias, a3);
  }
  const inheritance: Json = {};
  for (const [territory, v] of Object.entries(chart.territoryInheritance as Record<string, Json>)) {
    const t = toAlpha3(territory);
    const row = chartNames.get(String(v.row).toLowerCase());
    if (t && row) inheritance[t] = { row, basis: v.basis };
  }
  return {
    data: {
      source: 'us-ear-ecfr-2026-07-23/country-chart.json + country-chart.csv',
      citation: chart.citation,
      edition: `eCFR ${chart.ecfrIssueDate}`,
      columns: (chart.columns as string[]).map((c) => c.replace(' ', '')),
      columnLabels: Object.fromEntries(Object.entries(chart.columnLabels as Record<string, string>).map(([k, v]) => [k.replace(' ', ''), v.replace(/- /g, '-')])),
      rows,
      footnotes: chart.footnotes,
      territoryInheritance: inheritance,
      territoryInheritanceNote: chart.territoryInheritanceNote,
      allDestinations: chart.allDestinationsEntries,
      procedure: chart.procedure,
      notes: chart.notes,
    },
    chartNames,
  };
}

function buildGroups(src: string, chartNames: Map<string, string>) {
  const g = readJson(path.join(src, 'us-ear-ecfr-2026-07-23', 'country-groups.json'));
  const groups: Record<string, string[]> = {};
  const unknown: string[] = [];
  for (const [id, members] of Object.entries(g.groups as Record<string, string[]>)) {
    groups[id] = [];
    for (const m of members) {
      const codes = countryCodes(m, chartNames);
      if (!codes.length) unknown.push(`${id}:${m}`);
      groups[id]!.push(...codes);
    }
  }
  if (unknown.length) process.stderr.write(`country groups: unmapped names ${unknown.join('; ')}\n`);
  return {
    source: 'us-ear-ecfr-2026-07-23/country-groups.json',
    citation: g.citation,
    edition: `eCFR ${g.ecfrIssueDate}`,
    labels: g.labels,
    notes: g.notes,
    groups,
  };
}

function buildCcl(src: string) {
  const lic = readJson(path.join(src, 'us-ear-ecfr-2026-07-23', 'ccl.json'));
  const items = new Map<string, Json>();
  for (const r of readJsonl(path.join(src, 'us-ccl-items-ecfr-2026-07-23', 'ccl-items.jsonl'))) items.set(r.eccn, r);
  const entries: Json[] = [];
  const seen = new Set<string>();
  const all = [...(lic.entries as Json[])];
  for (const [eccn, r] of items) if (!all.some((e) => e.eccn === eccn)) all.push({ eccn, heading: r.heading, reasonForControl: null, countryChart: [] });
  for (const e of all) {
    if (seen.has(e.eccn)) continue;
    seen.add(e.eccn);
    const it = items.get(e.eccn);
    const split = it && it.items_controlled ? splitParagraphs(String(it.items_controlled)) : { preamble: '', paragraphs: [] };
    entries.push({
      eccn: e.eccn,
      heading: (e.heading ?? it?.heading ?? '').trim(),
      reasons: e.reasonForControl ?? null,
      requirements: (e.countryChart as Json[]).map((r) => ({ control: r.control, chart: r.countryChart })),
      lvs: e.licenceExceptionFlags?.LVS ?? null,
      gbs: e.licenceExceptionFlags?.GBS ?? null,
      related: e.relatedControls ?? it?.related_controls ?? null,
      definitions: it?.related_definitions && it.related_definitions !== 'N/A' ? it.related_definitions : null,
      completeness: it?.text_completeness ?? 'missing',
      inLicenceData: (lic.entries as Json[]).some((x) => x.eccn === e.eccn),
      preamble: split.preamble,
      paragraphs: split.paragraphs.map((p) => [p.path, p.text]),
    });
  }
  entries.sort((a, b) => String(a.eccn).localeCompare(String(b.eccn)));
  return {
    source: 'us-ear-ecfr-2026-07-23/ccl.json (License Requirements) + us-ccl-items-ecfr-2026-07-23/ccl-items.jsonl (items)',
    citation: lic.citation,
    edition: `eCFR ${lic.ecfrIssueDate}`,
    entries,
  };
}

function headingOf(text: string): string {
  const m = /^(.*?(?::|;|\.(?=\s|$)))/.exec(text);
  return clip(m ? m[1]! : text, 240);
}

/** ML print blocks plus the sub-paragraphs read from their layout (the ML has no other itemised source). */
function munitionsEntries(blocks: Json[]): Array<{ code: string; heading: string; page: number }> {
  const out = blocks.map((d) => ({ code: String(d.code), heading: headingOf(String(d.text)), page: d.printedPage as number }));
  const seen = new Set(out.map((d) => d.code));
  for (const b of blocks) {
    for (const p of layoutParagraphs(String(b.layout), String(b.code))) {
      if (seen.has(p.code)) continue;
      seen.add(p.code);
      out.push({ code: p.code, heading: headingOf(p.heading), page: b.printedPage as number });
    }
  }
  return out;
}

/**
 * The text printed under each code of the Sensitive / Very Sensitive lists (their own Notes narrow the
 * entry "in this List", e.g. Notes 3–7 to 6.A.2.a.3), keyed by list and Wassenaar code.
 */
function sensitiveListNotes(layout: string): { sensitive: Record<string, string>; verySensitive: Record<string, string> } {
  const out = { sensitive: {} as Record<string, string>, verySensitive: {} as Record<string, string> };
  let list: Record<string, string> = out.sensitive;
  let codes: string[] = [];
  let text: string[] = [];
  const flush = () => {
    const body = text.join(' ').replace(/\s+/g, ' ').trim();
    if (codes.length && /\b(?:Note|Technical Note)/.test(body)) for (const c of codes) list[c] = clip(body, 4000);
    codes = [];
    text = [];
  };
  for (const line of layout.split('\n')) {
    if (/VERY SENSITIVE LIST/.test(line)) {
      flush();
      list = out.verySensitive;
      continue;
    }
    const m = /^(\d\.[A-E]\.\d+(?:\.[a-z0-9]+)*)\.?((?:\s*(?:&|,)\s*\d\.[A-E]\.\d+(?:\.[a-z0-9]+)*\.?)*)\s+(.*)$/.exec(line);
    if (m) {
      flush();
      codes = [m[1]!, ...[...(m[2] ?? '').matchAll(/\d\.[A-E]\.\d+(?:\.[a-z0-9]+)*/g)].map((x) => x[0])];
      text = [m[3]!];
    } else if (codes.length && /^\s/.test(line)) {
      text.push(line.trim());
    } else if (codes.length && /^\d\.[A-E]\.\d+(?:\.[a-z0-9]+)*\.?\s*&?\s*$/.test(line.trim())) {
      codes.push(line.trim().replace(/[.\s&]+$/, ''));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

function buildWassenaar(src: string) {
  const dir = path.join(src, 'wassenaar-2025');
  const dual = readJsonl(path.join(dir, 'dual-use-entries.jsonl'));
  const mun = readJsonl(path.join(dir, 'munitions-entries.jsonl'));
  const defs = readJsonl(path.join(dir, 'definitions.jsonl'));
  const sens = readJson(path.join(dir, 'sensitive-lists.json'));
  return {
    source: 'wassenaar-2025 (WA-LIST (25) 1 Corr.)',
    edition: `${dual[0]?.list ?? 'WA-LIST (25) 1 Corr.'}, 15-01-2026`,
    dualUse: dual.map((d) => ({ code: d.code, eccn: d.euStyleCode ?? null, heading: headingOf(String(d.text)), page: d.printedPage })),
    munitions: munitionsEntries(mun),
    definitions: defs.map((d) => ({ term: d.term, qualifier: d.qualifier || null, scope: d.scope || null, text: d.text })),
    sensitive: (sens.sensitiveList as Json[]).map((x) => x.code),
    verySensitive: (sens.verySensitiveList as Json[]).map((x) => x.code),
    listNotes: sensitiveListNotes(fs.readFileSync(path.join(dir, 'sensitive-lists.layout.txt'), 'utf8')),
  };
}

function buildEu(src: string, chartNames: Map<string, string>) {
  const dir = path.join(src, 'eu-2021-821');
  const annexI = readJsonl(path.join(dir, 'annex-I-entries.jsonl'));
  const ga = readJson(path.join(dir, 'annex-II-general-authorisations.json'));
  const s1 = readJson(path.join(dir, 'annex-II-section-I.json'));
  const a4 = readJson(path.join(dir, 'annex-IV-entries.json'));
  const md = fs.readFileSync(path.join(dir, '32021R0821.md'), 'utf8');
  const updated = /last_updated:\s*"?([\d-]+)/.exec(md)?.[1] ?? 'unknown';
  const authorisations: Json = {};
  for (const [id, g] of Object.entries(ga as Record<string, Json>)) {
    const codes = (list: string[] | undefined) => (list ?? []).flatMap((n) => countryCodes(n, chartNames));
    authorisations[id] = {
      title: g.title,
      section: g.section,
      mode: g.destinations_mode,
      destinations: g.destinations_mode === 'listed' ? codes(g.destinations_short) : [],
      excludedDestinations: codes(g.excluded_destinations),
      excludedDestinationRules: g.excluded_destination_rules ?? [],
      itemsCovered: Array.isArray(g.items_covered) ? g.items_covered.map((x: Json | string) => (typeof x === 'string' ? x : x.ref_inferred)) : null,
      itemsCoveredText: clip(String(g.items_covered_text ?? ''), 400),
      itemsExcluded: g.items_excluded ?? [],
      itemsExcludedAlso: g.items_excluded_also ?? [],
      excludesSectionI: String(g.excludes_annex_II_section_I) === 'True' || g.excludes_annex_II_section_I === true,
    };
  }
  return {
    source: 'eu-2021-821 (Regulation (EU) 2021/821, consolidated)',
    edition: `Regulation (EU) 2021/821 consolidated, last updated ${updated}`,
    annexI: annexI.map((e) => ({ entry: e.entry, level: e.level, heading: clip(String(e.heading ?? ''), 240) })),
    generalAuthorisations: authorisations,
    sectionI: (s1.items as Json[]).map((x) => ({ entry: x.entry, description: x.description })),
    annexIV: (a4.entries as Json[]).map((x) => ({ entry: x.entry, part: x.part })),
  };
}

function buildPart746(src: string) {
  const text = fs.readFileSync(path.join(src, 'us-ear-part746-excerpts', 'ear-746-748-excerpts.md'), 'utf8');
  const un = /\(2\) The countries subject to United Nations Security Council arms embargoes are: ([^.]+)\./.exec(text);
  const unCountries = un ? un[1]!.replace(/\band\b/g, ',').split(',').map((s) => s.trim()).filter(Boolean) : [];
  const unCodes = unCountries.map((n) => toAlpha3(n) ?? (n === 'Democratic Republic of the Congo' ? 'COD' : ''));
  const iran = /\(i\) A license is required under the EAR to export or reexport to Iran any item on the CCL containing (.*?) in the Country Chart Column.*?or classified under ECCNs (.*?) or 5E980\./s.exec(text);
  const columns = iran ? [...iran[1]!.matchAll(/\b(CB|NP|NS|MT|RS|CC|AT) Column (\d)/g)].map((m) => `${m[1]}${m[2]}`) : [];
  const listed = iran ? [...`${iran[2]} or 5E980`.matchAll(/\b(\d[A-E]\d{3}(?:\.[a-z](?:\.\d+)*)?)/g)].map((m) => m[1]!) : [];
  const sections: Record<string, string> = {};
  for (const part of text.split(/^# /m).slice(1)) {
    const title = part.split('\n')[0]!.trim();
    sections[title.replace(/\s*\(excerpt\)$/, '')] = part.slice(title.length).trim();
  }
  if (unCodes.some((c) => !c) || !columns.length) throw new Error('part 746 excerpt: could not read the UN list or the § 746.7 columns');
  return {
    source: 'us-ear-part746-excerpts/ear-746-748-excerpts.md',
    edition: 'eCFR late 2024 (latest amendment cited 89 FR 87282, 2024-11-01)',
    unArmsEmbargo: unCodes,
    iranColumns: columns,
    iranListedEccns: [...new Set(listed)],
    sections,
  };
}

/** Build every bundled file; returns the file names written. */
export function buildControlsData(src: string, out: string): string[] {
  fs.mkdirSync(out, { recursive: true });
  const { data: chart, chartNames } = buildChart(src);
  const files: Record<string, unknown> = {
    'country-chart.json': chart,
    'country-groups.json': buildGroups(src, chartNames),
    'ccl.json': buildCcl(src),
    'wassenaar.json': buildWassenaar(src),
    'eu.json': buildEu(src, chartNames),
    'part746.json': buildPart746(src),
  };
  for (const [name, value] of Object.entries(files)) fs.writeFileSync(path.join(out, name), JSON.stringify(value) + '\n');
  return Object.keys(files);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const src = process.argv[2] ?? sharedDataPath('controls');
  if (!src || !fs.existsSync(src)) {
    process.stderr.write('build-data: no source folder (give one, or put the shared data at ../shared/data/controls)\n');
    process.exit(2);
  }
  const out = process.argv[3] ?? dataPath('controls');
  const written = buildControlsData(src, out);
  process.stdout.write(`wrote ${written.map((f) => path.join(out, f)).join(', ')}\n`);
}
