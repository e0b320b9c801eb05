/**
 * Markings: classification levels and dissemination controls, parsed from what cables write,
 * rendered back in canonical form, rolled up from portions, and checked (roll-up rules as
 * diagnostics carrying IC-ISM rule ids).
 */
export * from './types.js';
export { parsePortionMarking, parseBanner, parseCaptionLine } from './parse.js';
export { renderMarking, renderPortionMarking, orderRelTo } from './render.js';
export { rollUp, dominates, releasableTo } from './roll-up.js';
export { canonicalControl, isAccessControl, sortControls } from './controls.js';
export { cableLabel, stricter } from './cable-label.js';
export { readCaption, type Caption } from './caption.js';
export { groupMembers, relToGroups } from './groups.js';
export { resolveRelList, resolveRelItem } from './rel-to.js';
export { checkMarkings, rollUpAgrees, disagreementCodes } from './check.js';
export { markingRules, markingContext, type MarkingRule, type MarkingContext } from './rules/index.js';
