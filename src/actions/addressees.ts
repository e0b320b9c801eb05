/**
 * Who a tasking is for. Action addressees are the header TO lines; INFO addressees are not, unless the
 * text names them. A post named in the text ("Embassy Beijing is requested to") is matched to its
 * header name (AMEMBASSY BEIJING); without a header the names come from the text.
 */
import type { Addressee, Cable } from '../cable/types.js';
import type { Target } from './requestSentences.js';

const postPrefix = /^(?:AMEMBASSY|AMCONSUL|AMCONSULATE|USMISSION|USLO|USINT|AMEMBASSY\s+AND\s+CONSULATES?|(?:US\s+|U\.S\.\s+)?(?:EMBASSY|MISSION|CONSULATE(?:\s+GENERAL)?|CONSULATES?))\s+/i;
const washington = /\b(?:SECSTATE|SECSTATE\s+WASHDC|DEPT\s+OF\s+STATE)\b/i;

/** The place part of an addressee name: AMEMBASSY THE HAGUE → THE HAGUE; USMISSION USUN NEW YORK → USUN NEW YORK. */
export function placeOf(name: string): string {
  return name.replace(postPrefix, '').trim().toUpperCase();
}

function samePlace(headerName: string, place: string): boolean {
  const p = place.toUpperCase().replace(/^THE\s+/, '').replace(/[.'’]/g, '').trim();
  const h = placeOf(headerName).replace(/^THE\s+/, '').replace(/[.'’]/g, '');
  if (!p) return false;
  return h === p || h.startsWith(p + ' ') || h.endsWith(' ' + p) || (p === 'USUN' && /USUN/.test(h));
}

/**
 * An addressee's plain name, without a routing prefix, precedence or serial the header line may still
 * carry: `ZEN/AMEMBASSY BELMOPAN NIACT IMMEDIATE 2276-2279` → `AMEMBASSY BELMOPAN`.
 */
export function addresseeName(a: Pick<Addressee, 'name'>): string {
  return a.name
    .trim()
    .replace(/^[A-Z]{3,7}\//, '')
    .replace(/\s+\d{4}(?:-\d{4})?$/, '')
    .replace(/\s+(?:NIACT\s+)?(?:IMMEDIATE|PRIORITY|ROUTINE|FLASH)$/, '')
    .trim();
}

/** Names of the action addressees (header TO lines), in header order. */
export function actionAddressees(cable: Cable): string[] {
  return (cable.header?.to ?? []).map(addresseeName).filter(Boolean);
}

/** The Washington addressee of a cable (SECSTATE WASHDC) as written in its header, or the usual name. */
function washingtonAddressee(cable: Cable): string {
  const all = [...(cable.header?.to ?? []), ...(cable.header?.info ?? [])];
  const hit = all.find((a) => washington.test(a.name));
  return hit ? addresseeName(hit) : 'SECSTATE WASHDC';
}

/**
 * Places of the posts an intro line declares as action posts: "This is an action request to Embassy
 * Paris", "action cable for Embassies London and Tel Aviv", "Embassy Moscow, please see paragraph 8".
 * @example textActionPlaces('This is an action request to Embassy Paris.') // ['Paris']
 */
export function textActionPlaces(text: string): string[] {
  const out: string[] = [];
  const re = /\baction\s+(?:request|cable|message|telegram)\s+(?:to|for)\s+(?:(?:US|U\.S\.|Am)\s*)?(?:Embass(?:y|ies)|Consulates?(?:\s+General)?|Missions?)\s+([^.;:]{1,60})|\b(?:Embass(?:y|ies)|Consulates?(?:\s+General)?|Missions?)\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?)\s*,\s*please\b/g;
  for (const m of text.matchAll(re)) {
    for (const place of (m[1] ?? m[2])!.split(/\s*(?:,|\band\b)\s*/)) {
      const p = place.trim();
      if (/^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$/.test(p)) out.push(p);
    }
  }
  return [...new Set(out)];
}

/**
 * The addressee names a tasking target stands for in this cable.
 * @param posts the names a generic target ("Post", "Embassy", "addressees") stands for (defaultPosts)
 */
export function resolveTarget(cable: Cable, target: Target, posts: readonly string[]): string[] {
  switch (target.kind) {
    case 'washington':
      return [washingtonAddressee(cable)];
    case 'post':
    case 'previous':
      return [...posts];
    case 'named': {
      const header = [...(cable.header?.to ?? []), ...(cable.header?.info ?? [])].map(addresseeName);
      const out: string[] = [];
      for (const place of target.places) {
        // all-caps text gives no word boundary between a name and the verb: try shorter prefixes
        const words = place.split(/\s+/);
        let hit: string | undefined;
        for (let n = words.length; n > 0 && !hit; n--) hit = header.find((h) => samePlace(h, words.slice(0, n).join(' ')));
        out.push(hit ?? `Embassy ${/[a-z]/.test(place) ? place : words[0]!}`);
      }
      return [...new Set(out)];
    }
  }
}

/**
 * What "Post" means in this cable: the header TO lines, narrowed to the posts an intro line declares
 * (a cable TO Moscow and Caracas that says "Embassy Moscow, please see paragraph 8"); without a header,
 * the declared posts, else the Department for a post's cable (origin `Embassy …`).
 */
export function defaultPosts(cable: Cable, allText: string): string[] {
  const to = actionAddressees(cable);
  const places = textActionPlaces(allText);
  // a post's cable without a header goes to the Department
  if (!places.length && !to.length && cable.origin && !/^secretary of state$/i.test(cable.origin.trim())) return ['SECSTATE WASHDC'];
  if (!places.length) return to;
  const declared = resolveTarget(cable, { kind: 'named', places }, []);
  if (!to.length || declared.every((d) => to.includes(d))) return declared;
  return to;
}

/**
 * Whether two names are the same post: AMEMBASSY PARIS, Embassy Paris, PARIS; SECSTATE WASHDC and
 * Secretary of State.
 * @example samePost('AMEMBASSY PARIS', 'Embassy Paris') // true
 */
export function samePost(a: string, b: string): boolean {
  const wa = washington.test(a) || /^secretary of state$/i.test(a.trim());
  const wb = washington.test(b) || /^secretary of state$/i.test(b.trim());
  if (wa || wb) return wa && wb;
  const pa = placeOf(a).replace(/[.'’]/g, '');
  const pb = placeOf(b).replace(/[.'’]/g, '');
  return pa !== '' && pa === pb;
}
