/**
 * Agreement with the cablemap peer's test vectors, per field.
 *   node dist/bench/cablemap.js [--failures FIELD]
 */
import path from 'node:path';
import { agreement, readVectors } from '../src/cable/agreement.js';
import { packageRoot, dataPath, sharedDataPath } from '../src/common/paths.js';

const vectors = readVectors(path.join(packageRoot, 'test', 'fixtures', 'cablemap', 'vectors.jsonl'));
const dirs = [sharedDataPath('cables'), dataPath('sample', 'cables')].filter((d): d is string => d !== null);
const result = agreement(vectors, dirs);
const show = process.argv.indexOf('--failures');
console.log('field               vectors  run  agree  rate');
for (const f of result) {
  console.log(`${f.field.padEnd(20)}${String(f.total).padStart(7)}${String(f.run).padStart(5)}${String(f.agree).padStart(7)}  ${f.run ? ((100 * f.agree) / f.run).toFixed(1) + '%' : '-'}`);
}
if (show >= 0) {
  const field = process.argv[show + 1];
  for (const f of result.filter((r) => r.field === field)) for (const x of f.failures) console.log(JSON.stringify(x));
}
