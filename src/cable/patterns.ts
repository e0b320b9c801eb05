/**
 * The line patterns of the telegram format, in one place. Each is anchored at the start of a line.
 */

/** Classification words, plain or spaced (`S E C R E T`), as the caption writes them. */
const classWord = String.raw`(T ?O ?P +S ?E ?C ?R ?E ?T|S ?E ?C ?R ?E ?T|C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|O N F I D E N T I A L|U ?N ?C ?L ?A ?S ?S ?I ?F ?I ?E ?D|U ?N ?C ?L ?A ?S|L ?I ?M ?I ?T ?E ?D +O ?F ?F ?I ?C ?I ?A ?L +U ?S ?E)(?![A-Za-z])`;

/**
 * The caption (classification line): `S E C R E T STATE 096222`, `UNCLAS SECTION 01 OF 03 BOGOTA 001234`,
 * `CONFIDENTIAL BOGOTA 001232`, `UNCLAS E F T O ...`, a bare `SECRET`.
 * Groups: 1 classification, 2 rest of line.
 */
export const captionLine = new RegExp(String.raw`^[ \t",']*(?:(?=SS ?E)S)?${classWord}((?:[ \t].*)?)$`);

/** The same, in any case, for captions written in lower case (`C o n f i d e n t i a l section 01 of 04 ankara 000348`). */
export const captionLineAnyCase = new RegExp(captionLine.source, 'i');

/** `SECTION 01 OF 02` inside a caption. */
export const sectionPart = /\bSECTION\s+(\d{1,3})\s+OF\s+(\d{1,3})\b/;

/** Station and serial at the end of a caption: `STATE 096222`, `NEW DELHI 009527`. Groups: station words, serial. */
export const captionStationSerial = /([A-Z][A-Z .'-]*?)\s+(\d{1,7})\s*$/;

export const fieldStart = {
  eo: /^[ \t]*E[ .,]{0,2}[O0][ .,:]{0,3}\d{4,5}\b|^[ \t]*EO[ :]+\d{5}\b|^[ \t]*E\.O\.?\s*:/i,
  tags: /^[ \t]*(?:TAGS?|TAGES|TGS|TABS|AGS)(?:\s*[:;,.]|\s+(?=[A-Z]{2,}))/i,
  subject: /^[ \t]*(?:SUBJECT|SUBJ|UBJECT|SUBJECT\s+LINE)\s*[:;.]?(?=\s|$|\()/i,
  ref: /^[ \t]*(?:REFS?|REFTELS?|REFERENCES?|REF\(S\))\s*(?::|\.|\s+(?=[A-Z(]))/i,
  classifiedBy: /^[ \t]*(?:\([A-Z/]{1,8}\)\s*)?CLASSIFIED\s+BY\b/i,
};

/** A numbered paragraph: `4. (SECRET/REL FRANCE) …`, `¶1. (C) …`, `2.(S/NF)`. Groups: number, marking inner. */
export const paragraphStart = /^[ \t]*(?:¶[ \t]*)?(\d{1,3})[ \t]?\.(?![\d.])[ \t]*(?:\(([^()\n]{1,80})\))?/;

/** A lettered sub-paragraph: `A. (C) …`, `(B) …`, `-- C. …`. Groups: letter, marking inner. */
export const letteredStart = /^[ \t]*(?:--[ \t]*)?(?:([A-Z])[.)]|\(([A-Z])\))[ \t]+(?:\(([^()\n]{1,80})\))?/;

/** A line of dashes (heading rules). */
export const ruleLine = /^[ \t]*[-=_\u2010-\u2015]{3,}[ \t]*$/;

/** Page running headers of older and PDF renderings: `PAGE 02 HARARE 05461 01 OF 02 271458Z`. */
export const pageHeader = /^[ \t]*PAGE[ \t]+\d{1,3}[ \t]+\S/;

/** End-of-message and transmission lines inside a body. */
export const transmissionNoise = /^[ \t]*(?:NNNN|BT|#\d{3,5}|\d{4}Z?)[ \t]*$/;

/** Words that may stand alone on a caption control line. */
export const controlWords = new Set([
  'NOFORN', 'NOFORN.', 'SIPDIS', 'NODIS', 'EXDIS', 'LIMDIS', 'STADIS', 'SENSITIVE', 'ORCON', 'FGI', 'NOCONTRACT',
  'PROPIN', 'CHEROKEE', 'ROGER', 'EFTO', 'SBU', 'FOUO', 'NF', 'CORRECTED', 'COPY', 'REL', 'TO', 'BUT', 'UNCLASSIFIED',
  'FOR', 'OFFICIAL', 'USE', 'ONLY', 'LOU', 'TERREP', 'CONDIS', 'NOTAL', 'NIACT', 'IMMEDIATE', 'TREAS',
]);
