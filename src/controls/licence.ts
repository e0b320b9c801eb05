/**
 * Licence determination under the EAR (15 CFR 738.4): for each reason for control of the entry and
 * sub-entry, the Country Chart column, whether the destination has an X, and what footnotes, territory
 * rules, embargoes (part 746) and all-destination entries add; with the EU view for EU exporters.
 * Every answer carries citations and the edition of each source.
 */
import { createError } from '../errors.js';
import { cclData, chartData, groupsData, part746Data, euData, wassenaarData, type CclRecord, type RequirementRow } from './data.js';
import { resolveEntry, cclRecord, type ControlEntry } from './entries.js';
import { parseEntryNumber } from './notation.js';
import { searchEntries } from './search.js';
import { parseScope, coverage } from './scope.js';
import { parseChartRule, destinationRuleApplies, unArmsEmbargoed, sectionRefs } from './chart.js';
import { resolveDestination, usTerritories, dependencyHint, chartRow, type Destination } from './destination.js';
import { embargoRule } from './embargo.js';
import { extraRequirements } from './footnotes.js';
import { euView, type EuView } from './eu.js';

/** The answer for one reason for control. */
export interface ReasonResult {
  reason: string;
  column: string | null;
  applies: boolean | 'conditional';
  note: string;
  outcome: 'licence' | 'no-licence' | 'conditional' | 'refer';
  /** the scope text of the License Requirements row */
  scope: string | null;
  /** whether the destination's chart cell has an X (null: no mark to read — embargoed row or prose) */
  marked: boolean | null;
  question: string | null;
  citation: string;
}

/** The full determination (SPEC §5 `licence --json` fields first). */
export interface LicenceDetermination {
  entry: string;
  destination: string;
  licenceRequired: boolean | 'conditional';
  prohibited: boolean;
  reasons: ReasonResult[];
  citations: string[];
  edition: string;
  outcome: 'licence-required' | 'no-licence-required' | 'conditional' | 'refer' | 'prohibited' | 'not-an-export';
  heading: string;
  notations: ControlEntry['notations'];
  destinationName: string;
  chartRow: string | null;
  inheritedFrom: Destination['inheritedFrom'];
  countryGroups: string[];
  policy: string | null;
  questions: Array<{ reason: string; question: string }>;
  footnotes: Array<{ number: number; text: string }>;
  caveats: string[];
  licenceExceptions: { LVS: string | null; GBS: string | null };
  editions: Record<string, string>;
  eu: EuView;
}

interface Row {
  reason: string;
  control: string;
  chart: string;
}

/** Split a License Requirements row that carries two reasons ("NP applies … AT applies …"). */
function expandRows(rows: RequirementRow[]): Row[] {
  const out: Row[] = [];
  for (const r of rows) {
    const parts = r.control.split(/\s+(?=[A-Z]{2} applies\b)/);
    const columns = [...r.chart.matchAll(/\b([A-Z]{2}) Column \d\b/g)];
    if (parts.length > 1 && columns.length === parts.length) {
      parts.forEach((p, i) => out.push({ reason: p.slice(0, 2), control: p, chart: columns[i]![0] }));
      continue;
    }
    const code = /^\s*([A-Z]{2})\s+appl/.exec(r.control)?.[1] ?? columns[0]?.[1] ?? r.control.split(/\s+appl(?:y|ies)\b/)[0]!.trim();
    out.push({ reason: code, control: r.control, chart: r.chart });
  }
  return out;
}

function editions(): Record<string, string> {
  return {
    ccl: `15 CFR 774 Supp. 1 (${cclData().edition})`,
    countryChart: `15 CFR 738 Supp. 1 (${chartData().edition})`,
    countryGroups: `15 CFR 740 Supp. 1 (${groupsData().edition})`,
    part746: `15 CFR part 746 excerpts (${part746Data().edition})`,
    eu: euData().edition,
    wassenaar: wassenaarData().edition,
  };
}

function relatedCaveats(record: CclRecord | null): string[] {
  if (!record?.related) return [];
  return record.related
    .split(/\s*\(\d+\)\s*/)
    .filter((s) => /license requirement|§\s*744|end[- ]user/i.test(s))
    .map((s) => `Related Controls of ${record.eccn}: ${s.trim()}`);
}

const scopes = new Map<string, ReturnType<typeof parseScope>>();
const rules = new Map<string, ReturnType<typeof parseChartRule>>();

/** parseScope / parseChartRule, memoised: rows are read once per process. */
function readRow(row: Row, eccn: string) {
  const sk = `${eccn}\u0000${row.control}`;
  let scope = scopes.get(sk);
  if (!scope) scopes.set(sk, (scope = parseScope(row.control, eccn)));
  const rk = `${row.reason}\u0000${row.chart}`;
  let rule = rules.get(rk);
  if (!rule) rules.set(rk, (rule = parseChartRule(row.chart, row.reason)));
  return { scope, rule };
}

function evaluateRow(row: Row, record: CclRecord, entry: ControlEntry, dest: Destination): ReasonResult[] {
  const ed = chartData().edition;
  const eccn = record.eccn;
  const { scope, rule } = readRow(row, eccn);
  const cov = coverage(scope, entry.path, eccn);
  const rowName = dest.row?.name ?? dest.name;
  const embargoed = dest.embargoPointer !== null;
  const carved = cov.carvedOut.length ? ` Excepted sub-entries: ${cov.carvedOut.join(', ')}.` : '';
  const scopeNote = cov.covers === false ? `Does not apply to ${entry.id} (${row.control.trim()}).` : '';
  const licenceCite = `15 CFR 774 Supp. 1, ECCN ${eccn}, License Requirements (${cclData().edition})`;
  const result = (column: string | null, marked: boolean | null, markNote: string, citation: string, refer = false): ReasonResult => {
    let applies: ReasonResult['applies'];
    if (cov.covers === false) applies = false;
    else if (refer) applies = 'conditional';
    else if (marked === null) applies = cov.covers;
    else applies = marked ? cov.covers : false;
    const outcome: ReasonResult['outcome'] = applies === true ? 'licence' : applies === false ? 'no-licence' : refer ? 'refer' : 'conditional';
    const question = applies === 'conditional' ? (refer ? `The Country Chart does not decide ${row.reason} for this entry: ${row.chart.trim()}` : cov.question) : null;
    return { reason: row.reason, column, applies, note: (scopeNote || markNote) + carved, outcome, scope: row.control.trim(), marked, question, citation };
  };
  switch (rule.kind) {
    case 'columns':
      return rule.columns.map((col) => {
        if (embargoed) return result(col, null, `${col}: the ${rowName} row has no marks ("${dest.embargoPointer}").`, `${licenceCite}; 15 CFR 738 Supp. 1 (${ed})`);
        const marked = dest.row!.marks.includes(col);
        const note = `${col}: ${marked ? `X for ${rowName}` : `no X for ${rowName}`}${dest.inheritedFrom ? ` (${dest.name} follows the ${rowName} row)` : ''}.${rule.note ? ' ' + rule.note : ''}`;
        return result(col, marked, note, `${licenceCite}; 15 CFR 738 Supp. 1, ${rowName} row, ${col} (${ed})`);
      });
    case 'un': {
      const marked = unArmsEmbargoed(dest.alpha3) || (dest.row ? unArmsEmbargoed(dest.row.alpha3) : false);
      const note = marked ? `UN: ${dest.name} is under a UN Security Council arms embargo (§ 746.1(b)(2)).` : `UN: ${dest.name} is not under a UN arms embargo listed in § 746.1(b)(2).`;
      return [result(null, marked, note, `${licenceCite}; 15 CFR 746.1(b) (${part746Data().edition})`)];
    }
    case 'destinations': {
      const marked = destinationRuleApplies(rule, dest.row?.alpha3 ?? dest.alpha3, dest.groups, dest.alpha3);
      const note = `${row.reason}: not a chart column; the entry names its destinations: "${rule.text}" — ${marked ? 'covers' : 'does not cover'} ${dest.name}.`;
      return [result(null, marked, note, `${licenceCite}${sectionRefs(rule.text).length ? '; ' + sectionRefs(rule.text).join('; ') : ''}`)];
    }
    case 'none':
      return [result(null, false, `${row.reason}: ${rule.text}`, licenceCite)];
    case 'refer':
      return [result(null, null, `${row.reason}: the License Requirements refer elsewhere instead of naming a column: "${rule.text}".`, `${licenceCite}${rule.citation ? '; ' + rule.citation : ''}`, true)];
  }
}

/** A reason not read from a chart cell (embargo, footnote, refer), with the fields a chart reason has. */
function fixedReason(reason: string, applies: ReasonResult['applies'], outcome: ReasonResult['outcome'], note: string, citation: string, question: string | null = null, column: string | null = null): ReasonResult {
  return { reason, column, applies, note, outcome, scope: null, marked: null, question, citation };
}

/** Combine per-reason answers into licenceRequired. */
function combine(reasons: ReasonResult[]): boolean | 'conditional' {
  if (reasons.some((r) => r.applies === true)) return true;
  if (reasons.some((r) => r.applies === 'conditional')) return 'conditional';
  return false;
}

/**
 * Determine whether exporting the entry to the destination needs a licence.
 * @throws TearlineError NOT_FOUND for an unknown entry, BAD_INPUT for an unknown country
 * @example determineLicence('6A002.a.3', 'CN').licenceRequired // true
 */
export function determineLicence(entryInput: string, destinationInput: string): LicenceDetermination {
  const entry = resolveEntry(entryInput);
  if (!entry) {
    const parsed = parseEntryNumber(entryInput);
    const near = parsed ? [] : searchEntries(entryInput, 3).map((h) => h.id);
    const why = parsed ? `no list holds ${parsed.id}` : `not an entry number${near.length ? `; closest entries by description: ${near.join(', ')}` : ''}`;
    throw createError('NOT_FOUND', `unknown control entry: ${JSON.stringify(entryInput)} (${why}; try tearline classify)`);
  }
  const dest = resolveDestination(destinationInput);
  const record = entry.eccn ? cclRecord(entry.eccn) : null;
  const onCcl = entry.lists.includes('ccl');
  const chart = chartData();
  const citations: string[] = [];
  const caveats: string[] = [];
  const reasons: ReasonResult[] = [];
  let policy: string | null = null;
  let prohibited = false;
  let licenceRequired: boolean | 'conditional';
  let outcome: LicenceDetermination['outcome'];

  const rows = record ? expandRows(record.requirements) : [];
  if (usTerritories.includes(dest.alpha3)) {
    licenceRequired = false;
    outcome = 'not-an-export';
    caveats.push(`${dest.name} is part of the United States for the EAR (15 CFR 772.1, "United States"): not an export.`);
    citations.push('15 CFR 772.1 ("United States")');
  } else if (!record || !onCcl) {
    licenceRequired = 'conditional';
    outcome = 'refer';
    const why =
      entry.kind === 'munitions'
        ? `${entry.id} is a Wassenaar Munitions List entry: in the United States such items are generally on the USML (ITAR, 22 CFR 121) or in the CCL 600 series; classify the item there.`
        : entry.eccn?.startsWith('0')
          ? `${entry.id} (${entry.lists.join(', ')}) is nuclear material or equipment: in the United States its export is licensed by the Nuclear Regulatory Commission (10 CFR part 110) or the Department of Energy (10 CFR part 810), not under the Country Chart.`
          : `${entry.id} is not on the U.S. Commerce Control List (${entry.lists.join(', ')} only): classify the item under the EAR (possibly EAR99) before deciding.`;
    reasons.push(fixedReason('CLASSIFY', 'conditional', 'refer', why, `15 CFR 774 Supp. 1 (${cclData().edition})`, why));
    // the embargoes reach items that are not on the CCL too (EAR99, and ITAR items under 22 CFR 126.1)
    const embargo = dest.row?.pointer ? embargoRule(dest.row.alpha3, null, entry.id, []) : null;
    if (embargo) {
      reasons.push(fixedReason('EMBARGO', true, 'licence', embargo.note, embargo.citations.join('; ')));
      policy = embargo.policy;
      prohibited = embargo.prohibited;
      licenceRequired = true;
      outcome = prohibited ? 'prohibited' : 'licence-required';
    }
  } else if (!dest.row) {
    licenceRequired = 'conditional';
    outcome = 'refer';
    const hint = dependencyHint(dest.alpha3);
    const parent = hint ? chartRow(hint) : null;
    const q = `${dest.name} has no row in the Commerce Country Chart and no territory rule names it: which row governs it (§ 738.3(b))?${parent ? ` As a dependent territory it would normally follow the ${parent.name} row.` : ''}`;
    reasons.push(fixedReason('DESTINATION', 'conditional', 'refer', chart.territoryInheritanceNote, `15 CFR 738.3(b); 15 CFR 738 Supp. 1 (${chart.edition})`, q));
  } else {
    for (const row of rows) reasons.push(...evaluateRow(row, record, entry, dest));
    const listed = (record.reasons ?? '').split(/[,;]\s*|\s+and\s+/).map((s) => s.trim()).filter((s) => /^[A-Z]{2}$/.test(s));
    for (const code of listed) {
      if (reasons.some((r) => r.reason === code)) continue;
      if (code === 'AT' && !dest.embargoPointer && !chart.rows.some((r) => r.marks.some((m) => m.startsWith('AT')))) {
        reasons.push(fixedReason(code, false, 'no-licence', `AT is a Reason for Control of ${record.eccn} without a License Requirements row in the bundled data; no graded row of this chart edition has an X in AT Column 1 or 2, so AT requires no licence for ${dest.name}.`, `15 CFR 774 Supp. 1, ECCN ${record.eccn}; 15 CFR 738 Supp. 1 (${chart.edition})`));
        continue;
      }
      reasons.push(fixedReason(code, 'conditional', 'refer', `${code} is a Reason for Control of ${record.eccn} but the bundled License Requirements have no row for it.`, `15 CFR 774 Supp. 1, ECCN ${record.eccn} (${cclData().edition})`, `Read the License Requirements of ${record.eccn} for ${code}.`));
    }
    if (!rows.length && !listed.length) {
      const itar = /subject to the ITAR/i.test(record.heading);
      const why = itar ? `${record.eccn} points to the ITAR ("subject to the ITAR", 22 CFR parts 120–130): the EAR chart does not decide it.` : `The bundled License Requirements of ${record.eccn} are empty (source gap): read 15 CFR 774 Supp. 1, ECCN ${record.eccn}.`;
      reasons.push(fixedReason(itar ? 'ITAR' : 'REFER', 'conditional', 'refer', why, `15 CFR 774 Supp. 1, ECCN ${record.eccn} (${cclData().edition})${itar ? '; 22 CFR parts 120-130' : ''}`, why));
    }
    for (const x of extraRequirements(entry.id, onCcl, dest.row.footnotes, dest.region)) {
      reasons.push(fixedReason(x.reason, x.applies, x.applies === true ? 'licence' : 'conditional', x.note, x.citation, x.question, x.column));
    }
    const columns = rows.flatMap((r) => {
      const { rule } = readRow(r, record.eccn);
      return rule.kind === 'columns' ? rule.columns : [];
    });
    const embargo = dest.embargoPointer !== null ? embargoRule(dest.row.alpha3, record, entry.id, columns) : null;
    if (embargo) {
      reasons.push(fixedReason('EMBARGO', true, 'licence', embargo.note, embargo.citations.join('; ')));
      policy = embargo.policy;
      prohibited = embargo.prohibited;
      citations.push(...embargo.citations);
      licenceRequired = true;
    } else if (dest.embargoPointer !== null) {
      licenceRequired = true;
      caveats.push(`The ${dest.row.name} row points to part 746: "${dest.embargoPointer}"`);
    } else {
      licenceRequired = combine(reasons);
    }
    outcome = prohibited ? 'prohibited' : licenceRequired === true ? 'licence-required' : licenceRequired === false ? 'no-licence-required' : reasons.some((r) => r.outcome === 'refer') && !reasons.some((r) => r.outcome === 'conditional') ? 'refer' : 'conditional';
    if (licenceRequired === false) caveats.push(chart.procedure.noMarkCaveat);
    caveats.push(...relatedCaveats(record));
  }

  for (const r of reasons) for (const c of r.citation.split('; ')) citations.push(c);
  citations.push(`15 CFR 738.4(a)(2) (${chart.edition})`);
  if (dest.inheritedFrom) citations.push(`${dest.inheritedFrom.basis} (${chart.edition})`);
  const ev = euView(entry, dest.alpha3);
  citations.push(...ev.citations);
  const footnotes = (dest.row?.footnotes ?? []).map((n) => ({ number: n, text: chart.footnotes[String(n)] ?? '' }));
  for (const f of footnotes) if (f.number !== 6 && f.number !== 7 && f.number !== 10) caveats.push(`Country Chart footnote ${f.number}: ${f.text}`);
  return {
    entry: entry.id,
    destination: dest.alpha3,
    licenceRequired,
    prohibited,
    reasons,
    citations: [...new Set(citations)],
    edition: cclData().edition,
    outcome,
    heading: entry.heading,
    notations: entry.notations,
    destinationName: dest.name,
    chartRow: dest.row?.name ?? null,
    inheritedFrom: dest.inheritedFrom,
    countryGroups: dest.groups,
    policy,
    questions: reasons.filter((r) => r.applies === 'conditional' && r.question).map((r) => ({ reason: r.reason, question: r.question! })),
    footnotes,
    caveats,
    licenceExceptions: { LVS: record?.lvs ?? null, GBS: record?.gbs ?? null },
    editions: editions(),
    eu: ev,
  };
}
