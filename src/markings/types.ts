/** Classification levels, lowest first. */
export const levels = ['U', 'C', 'S', 'TS'] as const;
export type Level = (typeof levels)[number];

export function levelRank(level: Level): number {
  return levels.indexOf(level);
}

/**
 * A parsed marking (a portion mark, a caption, a banner): the label access is decided on.
 * This is also the JSON shape of `marking` in SPEC §5.
 */
export interface Marking {
  /** the marking as written, e.g. `S/NF`, `SECRET/REL FRANCE` */
  text: string;
  level: Level;
  noforn: boolean;
  /** REL TO countries as ISO alpha-3 (groups such as NATO expanded); empty when none */
  relTo: string[];
  /** special controls other than NOFORN and REL TO: NODIS, EXDIS, LIMDIS, ORCON, STADIS, FGI, SBU, FOUO, … (SIPDIS is not one) */
  controls: string[];
}
