/**
 * The store's single door to the access policy (src/access decides; the store only runs its SQL).
 */
export { labelColumns, accessPredicateSql, effectiveLabels, canRead } from './access-interim.js';
