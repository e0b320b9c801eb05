/**
 * The store's single door to the access policy (src/access decides; the store only runs its SQL).
 */
export { labelColumns, accessPredicateSql, canRead, effectiveLabels } from '../access/index.js';
