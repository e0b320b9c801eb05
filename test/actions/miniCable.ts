/**
 * A deliberately small reader of the seed layout, used by the actions tests and bench ONLY until the
 * real parser (src/cable) lands on main. It fills just the Cable fields the actions code reads.
 */
import type { Addressee, Cable, Paragraph, Reference } from '../../src/cable/types.js';
import { parsePortionMarking } from '../../src/markings/index.js';

const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

function addressee(line: string): Addressee {
  const m = /^(?:([A-Z0-9]{4,7})\/)?(.*?)(?:\s+(IMMEDIATE|PRIORITY|ROUTINE|FLASH|NIACT IMMEDIATE))?(?:\s+(\d{4}))?\s*$/.exec(line.trim())!;
  return { ri: m[1] ?? null, name: m[2]!.trim(), precedence: m[3] ?? null, serial: m[4] ?? null };
}

export function miniCable(raw: string, source?: string): Cable {
  const lines = raw.split('\n');
  const cable: Cable = {
    source, id: null, created: null, released: null, origin: null, banner: null, header: null, eo: null, tags: [],
    subject: null, refs: [], classifiedBy: null, summary: null, paragraphs: [], signedBy: [], diagnostics: [], raw,
  };
  if (/^\d{2}[A-Z]/.test(lines[0] ?? '')) {
    cable.id = lines[0]!.trim();
    cable.created = lines[1]?.trim() ?? null;
    cable.banner = lines[3]?.trim() ?? null;
    cable.origin = lines[4]?.trim() ?? null;
  }
  let section: 'to' | 'info' | null = null;
  let dtg: string | null = null;
  const to: Addressee[] = [];
  const info: Addressee[] = [];
  let from: string | null = null;
  let i = 0;
  for (; i < Math.min(lines.length, 400); i++) {
    const line = lines[i]!;
    const d = /^(?:[A-Z]{1,2}\s+)*(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})\s+(\d{2})\s*$/.exec(line.trim());
    if (d && !dtg) {
      const yy = Number(d[5]);
      const year = yy < 50 ? 2000 + yy : 1900 + yy;
      const mon = String(months.indexOf(d[4]!) + 1).padStart(2, '0');
      dtg = `${year}-${mon}-${d[1]}T${d[2]}:${d[3]}:00Z`;
      continue;
    }
    if (!dtg) continue;
    const t = line.trim();
    if (t.startsWith('FM ')) { from = t.slice(3).trim(); section = null; continue; }
    if (t.startsWith('TO ')) { section = 'to'; to.push(addressee(t.slice(3))); continue; }
    if (t.startsWith('INFO ')) { section = 'info'; info.push(addressee(t.slice(5))); continue; }
    if (t === '' || t.startsWith('BT')) { if (section) break; continue; }
    if (section) (section === 'to' ? to : info).push(addressee(t));
  }
  if (dtg) cable.header = { transmissionId: null, station: null, serial: null, section: null, julian: null, precedence: null, dtg, from, to, info };
  const year2 = dtg ? dtg.slice(2, 4) : cable.id?.slice(0, 2) ?? null;
  const refLine = /^\s*REFS?(?:TEL)?\s*:\s*(.*)$/m.exec(raw);
  if (refLine) {
    for (const m of refLine[1]!.matchAll(/\b([A-Z][A-Z ]{2,20}?)\s+0*(\d{1,6})\b/g)) {
      const station = m[1]!.replace(/^(?:[A-Z]\.\s*)?/, '').replace(/\s+/g, '').replace(/^[A-Z]\b/, '');
      const ref: Reference = { text: m[0], id: year2 ? `${year2}${station}${m[2]}` : null, kind: 'cable' };
      cable.refs.push(ref);
    }
  }
  const paras: Paragraph[] = [];
  const re = /^[ \t]*(\d{1,2})\.[ \t]*(?:\(([^)]{1,40})\))?/gm;
  const starts: { n: string; mark: string | undefined; at: number }[] = [];
  for (const m of raw.matchAll(re)) starts.push({ n: m[1]!, mark: m[2], at: m.index! });
  const sig = /\n([A-Z]{3,})\s*$/.exec(raw);
  const bodyEnd = sig ? sig.index : raw.length;
  starts.forEach((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.at : bodyEnd;
    if (s.at >= bodyEnd) return;
    paras.push({ number: s.n, marking: s.mark ? parsePortionMarking(s.mark) : null, text: raw.slice(s.at, end).trim(), start: s.at, end });
  });
  cable.paragraphs = paras;
  if (sig) cable.signedBy = [sig[1]!];
  return cable;
}
