import type { Level } from '../markings/types.js';

/** Someone who reads: clearance, citizenship (ISO alpha-3) and special accesses (NODIS, EXDIS, …). */
export interface Reader {
  name: string;
  clearance: Level;
  citizenship: string;
  accesses: string[];
}

/** The local operator: what the CLI acts as when no reader is given (TS, USA, all accesses). */
export const localOperator: Reader = {
  name: 'local operator',
  clearance: 'TS',
  citizenship: 'USA',
  accesses: ['*'],
};
