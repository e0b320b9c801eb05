/**
 * The store's single door to the access policy (src/access decides; the store only runs its SQL).
 */
export { labelColumns, accessPredicateSql, canRead } from '../access/index.js';
// effectiveLabels: interim until src/access exports it (branch markings)
export { effectiveLabels } from './access-interim.js';
