/**
 * Country Chart footnotes and § 738.3(a)(1) that impose requirements the grid does not show:
 * footnote 6 (Russia, Belarus: § 746.8 for every CCL item), footnote 7 (India: RS column 2 for
 * 6A003.b.4.b and 9A515.e), footnote 10 (Australia, United Kingdom: listed firearms entries), and the
 * entries that need a licence to all destinations.
 */
import { chartData } from './data.js';

/** An extra requirement a footnote or § 738.3(a)(1) adds for an entry and destination. */
export interface ExtraRequirement {
  reason: string;
  column: string | null;
  applies: true | 'conditional';
  note: string;
  question: string | null;
  citation: string;
}

function relation(entryId: string, ref: string): 'within' | 'contains' | null {
  if (entryId === ref || entryId.startsWith(ref + '.')) return 'within';
  if (ref.startsWith(entryId + '.')) return 'contains';
  return null;
}

/** Entries named in a footnote with the words that qualify each ("0A502 for shotguns with …"). */
function namedEntries(text: string): Array<{ id: string; qualifier: string }> {
  const out: Array<{ id: string; qualifier: string }> = [];
  const parts = text.split(/,\s+(?=\d[A-E]\d{3})/);
  for (const part of parts) {
    const m = /^(\d[A-E]\d{3}(?:\.[a-z](?:\.\d+)*)?)(.*)$/s.exec(part.trim());
    if (!m) continue;
    const base = m[1]!;
    const rest = m[2]!.trim();
    const siblings = /^\.[a-z]\b/.test(m[1]!.slice(5)) ? [...rest.matchAll(/(?:and|or)\s+\.([a-z])\b/g)].map((s) => `${base.slice(0, 5)}.${s[1]}`) : [];
    const qualifier = rest.replace(/^(?:and|or)\s+\.[a-z]\b/, '').trim();
    out.push({ id: base, qualifier });
    for (const s of siblings) out.push({ id: s, qualifier });
  }
  return out;
}

function fromList(entryId: string, text: string, reason: string, citation: string, note: string): ExtraRequirement | null {
  let best: ExtraRequirement | null = null;
  for (const { id, qualifier } of namedEntries(text)) {
    const rel = relation(entryId, id);
    if (!rel) continue;
    const exceptM = /^\(except (?:for )?([^)]*)\)/.exec(qualifier);
    if (exceptM && rel === 'within') {
      const excluded = [...exceptM[1]!.matchAll(/\d[A-E]\d{3}(?:\.[a-z](?:\.\d+)*)?/g)].map((x) => x[0]);
      if (excluded.some((x) => relation(entryId, x) === 'within')) continue;
    }
    const conditional = rel === 'contains' || (qualifier.length > 0 && !exceptM);
    const req: ExtraRequirement = {
      reason,
      column: null,
      applies: conditional ? 'conditional' : true,
      note,
      question: conditional ? `Applies to ${id}${qualifier ? ' ' + qualifier.replace(/[,;.]+$/, '') : ''}: does that describe the item?` : null,
      citation,
    };
    if (!best || (best.applies === 'conditional' && req.applies === true)) best = req;
  }
  return best;
}

/**
 * Requirements from the footnotes of the destination's row and from § 738.3(a)(1) for an entry.
 * `footnotes` are the footnote numbers of the governing row; `region` a § 746.6 region of Ukraine.
 */
export function extraRequirements(entryId: string, onCcl: boolean, footnotes: number[], region: string | null = null): ExtraRequirement[] {
  const chart = chartData();
  const out: ExtraRequirement[] = [];
  const ed = chart.edition;
  if (region) {
    out.push({
      reason: 'SANCTIONS',
      column: null,
      applies: true,
      note: `${region}: § 746.6 requires a licence for all items subject to the EAR (other than food and medicine designated EAR99 and certain software for internet-based communications) — Country Chart footnote 9.`,
      question: null,
      citation: `15 CFR 746.6; 15 CFR 738 Supp. 1 footnote 9 (${ed})`,
    });
  }
  if (onCcl && footnotes.includes(6)) {
    out.push({
      reason: 'SANCTIONS',
      column: null,
      applies: true,
      note: `Country Chart footnote 6: § 746.8 (sanctions against Russia and Belarus) requires a licence for items listed in any ECCN on the CCL.`,
      question: null,
      citation: `15 CFR 746.8; 15 CFR 738 Supp. 1 footnote 6 (${ed})`,
    });
  }
  if (footnotes.includes(7)) {
    const text = chart.footnotes['7'] ?? '';
    for (const ref of [...text.matchAll(/\d[A-E]\d{3}(?:\.[a-z0-9]+)*/g)].map((m) => m[0])) {
      const rel = relation(entryId, ref);
      if (!rel) continue;
      out.push({
        reason: 'RS',
        column: 'RS2',
        applies: rel === 'within' ? true : 'conditional',
        note: `Country Chart footnote 7: ${text}`,
        question: rel === 'within' ? null : `Footnote 7 applies to ${ref}: is the item within it?`,
        citation: `15 CFR 738 Supp. 1 footnote 7 (${ed})`,
      });
      break;
    }
  }
  if (footnotes.includes(10)) {
    const text = (chart.footnotes['10'] ?? '').replace(/^.*?following ECCNs:\s*/, '');
    const r = fromList(entryId, text, 'FC', `15 CFR 738 Supp. 1 footnote 10 (${ed})`, 'Country Chart footnote 10: a licence is required to this destination for the listed firearms entries.');
    if (r) out.push(r);
  }
  const all = chart.allDestinations;
  const allList = [...all.noLicenceExceptions, ...all.govOnly.entries].join(', ');
  const r = fromList(entryId, allList, 'ALL-DESTINATIONS', `${all.citation} (${ed})`, `${all.note} ${all.licensingPolicy ?? ''}`.trim());
  if (r) out.push(r);
  return out;
}
