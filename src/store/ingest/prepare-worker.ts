/**
 * Worker thread body: prepares batches of inputs (parse, labels, extraction) off the writing thread.
 */
import { parentPort } from 'node:worker_threads';
import { prepareCable } from '../prepare.js';

interface Request {
  id: number;
  items: { raw: Uint8Array; source: string }[];
}

parentPort!.on('message', (req: Request) => {
  try {
    const prepared = req.items.map((i) => prepareCable(i.raw, i.source));
    parentPort!.postMessage({ id: req.id, prepared });
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: e instanceof Error ? e.message : String(e) });
  }
});
