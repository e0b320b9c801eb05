/**
 * Need-to-know (SPEC §4): the reader, the one policy, effective portion labels and views.
 * Every output path (show, release, search hits and snippets, facets, network, actions, API, UI,
 * exports) decides what a reader sees through this module, never on its own.
 */
export type { Reader } from './reader.js';
export { localOperator } from './reader.js';
export { labelColumns, encodeList, decodeList, type LabelColumns } from './columns.js';
export { readPolicy, type Rule } from './policy.js';
export { canRead, canReadColumns, readerGate, accessPredicateSql } from './can-read.js';
export type { SqlDialect, SqlOptions, SqlPredicate } from './sql.js';
export { cableLabel } from '../markings/cable-label.js';
export { effectiveLabels, portionLabel, type EffectiveLabels } from './labels.js';
export { viewForReader, releaseFor, canReadWhole, type CableView, type Release, type ViewParagraph } from './views.js';
export { renderViewText, renderReleaseText } from './render-text.js';
