/**
 * Drafting the response telegram to a tasking: FM the post TO the requester, the request's
 * classification by default, REF citing the request, SUBJECT "RE: …", numbered paragraphs with
 * portion-mark placeholders (one per request the post must answer), in the archive's layout
 * (composeCable), so that it parses back and can be ingested as the reply.
 */
import type { Addressee, Cable } from '../cable/types.js';
import { composeCable, type CableDraft } from '../cable/index.js';
import type { ActionMention } from '../extract/types.js';
import { effectiveLabels } from '../access/index.js';
import { dominates, parseBanner, renderMarking, renderPortionMarking, type Marking } from '../markings/index.js';
import { addresseeName, placeOf, samePost } from './addressees.js';

export interface ReplyOptions {
  /** the replying post, as in the request's header (AMEMBASSY PARIS) or by place (Paris, Embassy Paris) */
  from: string;
  /** the draft's date-time (ISO 8601); defaults to now */
  date?: string;
  /** the draft's classification as a banner (SECRET//NOFORN, CONFIDENTIAL); defaults to the request's */
  classification?: string;
  /** the serial of the draft; defaults to DDHHMM of its date */
  serial?: number;
  /** signature line; defaults to AMBASSADOR (a placeholder, like the paragraph texts) */
  signedBy?: string;
}

export interface ReplyDraft {
  /** the reference id the draft will have (e.g. 09PARIS221200) */
  id: string;
  text: string;
}

const precedenceWord: Record<string, string> = { Z: 'FLASH', O: 'IMMEDIATE', P: 'PRIORITY', R: 'ROUTINE' };

/**
 * The reference as written in a REF line of a cable sent in `year` (two digits): 09STATE96222 →
 * `STATE 96222` in 2009, `09 STATE 96222` in a later year; the sender's spacing is kept (THE HAGUE 123).
 */
export function refText(cable: Cable, year?: string): string {
  const m = /^(\d{2})([A-Z]+?)(\d+)$/.exec(cable.id ?? '');
  if (!m) return cable.id ?? '';
  const from = cable.header?.from ? placeOf(cable.header.from) : '';
  const station = from.replace(/\s+/g, '') === m[2] ? from : m[2]!;
  return `${year !== undefined && year !== m[1] ? m[1] + ' ' : ''}${station} ${Number(m[3])}`;
}

/** Find the replying post among the request's addressees, else take the name as given. */
function resolvePost(cable: Cable, from: string): Addressee {
  const all = [...(cable.header?.to ?? []), ...(cable.header?.info ?? [])];
  const hit = all.find((a) => samePost(addresseeName(a), from) || samePost(addresseeName(a), `AMEMBASSY ${from}`));
  if (hit) return { ri: hit.ri, name: addresseeName(hit), precedence: null, serial: null };
  const name = /^(AMEMBASSY|AMCONSUL|USMISSION|SECSTATE)\b/i.test(from) ? from.toUpperCase() : `AMEMBASSY ${placeOf(from)}`;
  return { ri: null, name, precedence: null, serial: null };
}

/** The archive's origin words for a header name: AMEMBASSY PARIS → Embassy Paris. */
function originOf(name: string): string {
  if (/SECSTATE/i.test(name)) return 'Secretary of State';
  const kind = /^AMCONSUL/i.test(name) ? 'Consulate' : /^USMISSION/i.test(name) ? 'Mission' : 'Embassy';
  return `${kind} ${placeOf(name).toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase())}`;
}

/** "1.4(b)", "1.4(d)" → "1.4 (b) and (d)" as written in a Classified By line. */
function reasonsText(reasons: readonly string[]): string {
  const bySection = new Map<string, string[]>();
  for (const r of reasons) {
    const m = /^(\d\.\d)\s*\(?([a-h])\)?$/i.exec(r.trim());
    if (!m) continue;
    bySection.set(m[1]!, [...(bySection.get(m[1]!) ?? []), `(${m[2]!.toLowerCase()})`]);
  }
  if (!bySection.size) return '1.4 (b) and (d)';
  return [...bySection].map(([s, ls]) => `${s} ${ls.length > 1 ? ls.slice(0, -1).join(', ') + ' and ' + ls[ls.length - 1] : ls[0]}`).join(', ');
}

/** A portion mark no higher than the draft's classification. */
function capped(portion: Marking, banner: Marking): Marking {
  return dominates(banner, portion) ? portion : { ...banner, text: renderMarking(banner) };
}

/**
 * Draft the reply of `options.from` to the taskings of `cable` (the mentions say which paragraphs ask
 * what of that post; without any, one response paragraph is drafted).
 * @example draftReply(seed, extractActions(seed), { from: 'AMEMBASSY PARIS', date: '2009-09-22T12:00:00Z' }).id // '09PARIS221200'
 */
export function draftReply(cable: Cable, mentions: readonly ActionMention[], options: ReplyOptions): ReplyDraft {
  const date = new Date(options.date ?? new Date().toISOString());
  const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const post = resolvePost(cable, options.from);
  const place = placeOf(post.name);
  const serial = options.serial ?? Number(`${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}`);
  const yy = pad(date.getUTCFullYear() % 100);
  const id = `${yy}${place.replace(/\s+/g, '')}${serial}`;
  const labels = effectiveLabels(cable);
  const banner = (options.classification ? parseBanner(options.classification) : null) ?? labels.cable;
  const bannerText = options.classification ? renderMarking(banner) : (cable.banner ?? renderMarking(banner));
  const requester = cable.header?.from ?? 'SECSTATE WASHDC';
  const prosign = (cable.header?.precedence ?? 'P').trim().split(/\s+/)[0]!.slice(0, 1).toUpperCase();
  const word = precedenceWord[prosign] ?? 'PRIORITY';
  const others = [...(cable.header?.to ?? []), ...(cable.header?.info ?? [])]
    .map((a) => ({ ri: a.ri, name: addresseeName(a) }))
    .filter((a) => !samePost(a.name, post.name) && !samePost(a.name, requester));
  const julian = (() => {
    const start = Date.UTC(date.getUTCFullYear(), 0, 1);
    const day = Math.floor((date.getTime() - start) / 86400000) + 1;
    return `${pad(day, 3)}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}`;
  })();
  const mine = mentions.filter((m) => m.addressees.some((a) => samePost(a, post.name)));
  const ref = refText(cable, yy);
  const portion = (m: Marking) => renderPortionMarking(capped(m, banner));
  const unclassified: Marking = { text: 'U', level: 'U', noforn: false, relTo: [], controls: [] };
  const paragraphs: CableDraft['paragraphs'] = [
    { number: '1', marking: portion(unclassified), text: `This responds to the action request in reftel. [Summary of post's response.]` },
  ];
  const seen = new Set<string>();
  for (const m of mine) {
    if (seen.has(m.span.paragraph)) continue;
    seen.add(m.span.paragraph);
    const i = cable.paragraphs.findIndex((p) => p.number === m.span.paragraph);
    const label = i >= 0 ? labels.paragraphs[i]! : banner;
    const what = m.request.replace(/^.*?\b(?:requested|instructed|asked|directed|tasked)\s+to\s+(?:please\s+)?/i, '').replace(/^please\s+/i, '');
    const asked = what.length > 160 ? `${what.slice(0, 157).replace(/\s+\S*$/, '')} ...` : what;
    paragraphs.push({ number: String(paragraphs.length + 1), marking: portion(label), text: `[Post's response to reftel paragraph ${m.span.paragraph} (${asked.replace(/[.\s]+$/, '')}).]` });
  }
  if (paragraphs.length === 1) paragraphs.push({ number: '2', marking: portion(banner), text: `[Post's response to reftel.]` });
  const subjectText = (cable.subject?.text ?? ref).replace(/\s+/g, ' ').trim();
  const draft: CableDraft = {
    id,
    created: iso.slice(0, 16).replace('T', ' '),
    released: null,
    banner: bannerText,
    origin: originOf(post.name),
    header: {
      transmissionId: `VZCZCXYZ${pad(serial % 10000, 4)}`,
      station: post.ri ?? 'RUEHXX',
      serial: pad(serial % 10000, 4),
      julian,
      precedence: others.length ? `${prosign} ${prosign}` : prosign,
      dtg: iso,
      from: post.name,
      to: [{ ri: cable.header?.station ?? null, name: requester, precedence: word, serial: null }],
      info: others.map((a) => ({ ri: a.ri, name: a.name, precedence: word, serial: null })),
    },
    level: banner.level,
    captionStation: place,
    captionSerial: pad(serial, 6),
    // SIPDIS only where the cable may go on SIPRNet: not with NODIS or EXDIS
    controls: [
      ...(banner.noforn ? ['NOFORN'] : []),
      ...banner.controls.filter((c) => c !== 'SBU' && c !== 'FOUO'),
      ...(banner.controls.some((c) => c === 'NODIS' || c === 'EXDIS') ? [] : ['SIPDIS']),
    ],
    eo: banner.level === 'U' ? null : { order: cable.eo?.order ?? '12958', declassify: cable.eo?.declassify ?? null },
    tags: cable.tags,
    subject: { text: /^RE:/i.test(subjectText) ? subjectText : `RE: ${subjectText}`, marking: cable.subject ? portion(labels.subject ?? banner) : null },
    refs: [{ text: ref }],
    classifiedBy: banner.level === 'U' ? null : { by: '[NAME, TITLE]', reasons: reasonsText(cable.classifiedBy?.reasons ?? []) },
    paragraphs,
    signedBy: [options.signedBy ?? 'AMBASSADOR'],
  };
  return { id, text: composeCable(draft) };
}
