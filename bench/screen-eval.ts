/**
 * Runs the screening evaluation set (../shared/data/screening-eval-dev) through Tearline's screener and
 * writes the answers file score.py reads: `node dist/bench/screen-eval.js [answers.jsonl]`.
 * The lists are read from ../shared/data/lists (the evaluation's universe).
 */
import fs from 'node:fs';
import { sharedDataPath } from '../src/common/paths.js';
import { readListsDir } from '../src/screening/catalog.js';
import { listSource } from '../src/screening/sources.js';
import { createScreener, screenName } from '../src/screening/screener.js';

export interface EvalQuery {
  qid: string;
  query: string;
  expected_ids: string[];
  kind: string;
  subkind: string;
  list: string;
  screen_against: string;
  entity_type: string;
}

/** The evaluation queries, or null when the shared data is absent. */
export function loadEval(): EvalQuery[] | null {
  const p = sharedDataPath('screening-eval-dev', 'screening-eval-dev.jsonl');
  if (!p || !fs.existsSync(p)) return null;
  return fs.readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as EvalQuery);
}

const isMain = process.argv[1]?.endsWith('screen-eval.js');
if (isMain) {
  const qs = loadEval();
  const listsDir = sharedDataPath('lists');
  if (!qs || !listsDir) {
    console.log('screen-eval: ../shared/data not present; skipped');
  } else {
    const catalog = readListsDir(listsDir);
    const screener = createScreener(catalog.snapshots.map(listSource));
    const out = process.argv[2] ?? '/tmp/screen-answers.jsonl';
    const lines: string[] = [];
    const t = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    for (const q of qs) {
      const r = screenName(screener, { name: q.query, lists: q.screen_against === 'all' ? undefined : [q.screen_against] }, { minScore: 0.3, limit: 10 });
      lines.push(JSON.stringify({ qid: q.qid, results: r.matches.map((m) => ({ id: m.id, score: m.score, matched: m.matched })) }));
    }
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    fs.writeFileSync(out, lines.join('\n') + '\n');
    console.log(`${qs.length} queries in ${ms.toFixed(0)} ms (${((qs.length / ms) * 1000).toFixed(0)} names/s; ${cpuMs.toFixed(0)} ms CPU, ${((qs.length / cpuMs) * 1000).toFixed(0)} names/CPU-s) → ${out}`);
  }
}
