/**
 * Worker thread body: prepares shares of a batch (parse, labels, extraction) off the writing thread.
 * The bytes are not sent back: the writer holds them already.
 */
import { parentPort } from 'node:worker_threads';
import { prepareCable } from '../prepare.js';
import type { PrepareItem, WorkerReply } from './preparer.js';

parentPort!.on('message', (req: { id: number; items: PrepareItem[] }) => {
  let reply: WorkerReply;
  try {
    reply = {
      id: req.id,
      prepared: req.items.map((i) => {
        const { raw: _raw, ...rest } = prepareCable(i.raw, i.source, i.sha256);
        return rest;
      }),
    };
  } catch (e) {
    reply = { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
