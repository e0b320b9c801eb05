/**
 * Controls: control lists with editions, entry numbers in every notation, classification and licence
 * determination with citations.
 */
export { parseEntryNumber, findEntryNumbers, toWassenaarNotation, eccnToWassenaar, wassenaarToEccn, type EntryNumber, type EntryMention } from './notation.js';
export { resolveEntry, getEntry, allEccns, allEntryIds, type ControlEntry, type ListId } from './entries.js';
export { resolveControlEntry, findControlEntries, type ControlEntryMention, type Regime } from './mentions.js';
export { classify, type Classification, type ClassifiedEntry } from './classify.js';
export { determineLicence, type LicenceDetermination, type ReasonResult } from './licence.js';
export { resolveDestination, type Destination } from './destination.js';
export { extractParameters, type Parameter } from './parameters.js';
export { searchEntries } from './search.js';
export { euView, type EuView } from './eu.js';
