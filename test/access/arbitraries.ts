/** fast-check generators for readers and labels shared by the access tests. */
import fc from 'fast-check';
import type { Reader } from '../../src/access/reader.js';
import type { Marking } from '../../src/markings/types.js';
import { levels } from '../../src/markings/types.js';

export const countryCodes = ['USA', 'FRA', 'GBR', 'DEU', 'CAN', 'AUS', 'NZL', 'CHN', 'IRN', 'PAK'];
export const controlTokens = ['NODIS', 'EXDIS', 'LIMDIS', 'STADIS', 'ORCON', 'SBU', 'FOUO', 'FGI', 'CHEROKEE', 'NOVEL'];
const accessTokens = ['NODIS', 'EXDIS', 'LIMDIS', 'STADIS', 'ORCON', 'ND', 'XD', 'exdis', 'CHEROKEE', 'NOVEL', '*'];

export const readerArb: fc.Arbitrary<Reader> = fc.record({
  name: fc.constant('generated'),
  clearance: fc.constantFrom(...levels),
  citizenship: fc.constantFrom(...countryCodes),
  accesses: fc.subarray(accessTokens),
});

export const markingArb: fc.Arbitrary<Marking> = fc.record({
  text: fc.constant('generated'),
  level: fc.constantFrom(...levels),
  noforn: fc.boolean(),
  relTo: fc.subarray(countryCodes),
  controls: fc.subarray(controlTokens),
});
