/**
 * The proliferation network (SPEC §2 src/network): build a graph from per-cable extractions that
 * are already limited to what a reader may read, query it, find diversion paths, export it.
 * Input for the archive: `store.extractionsForReader(reader)` rows grouped per cable
 * (`recordsFromArchive`); for files: `recordsFromFiles` (parse, extract, limit to readable).
 */
export type * from './types.js';
export { buildGraph } from './graph.js';
export { resolveParties, type CableParty, type ResolvedNode } from './resolve.js';
export { filterGraph, findEntities, neighbours, shortestPath, controlKey, type GraphFilter } from './query.js';
export { diversionPaths, type DiversionOptions } from './diversion.js';
export { highRiskDestinations } from './destinations.js';
export { readablePortions, limitToReadable } from './access.js';
export { recordsFromFiles, recordsFromArchive } from './sources.js';
export { graphJson, pathsJson, relationJson } from './json.js';
export { toFtm, type FtmEntity } from './export/ftm.js';
export { toGraphml } from './export/graphml.js';
