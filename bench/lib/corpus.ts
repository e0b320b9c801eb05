/**
 * The benchmark corpus: the real cables (../shared/data/cables, else the bundled sample) replicated
 * under NEW reference ids until N cables exist. Replica k > 0 of `09STATE96222` is `09STATEX{k}X96222`
 * (never an existing id); only the id line changes, the text is the real one.
 * Written once to bench/out/corpus-N/ (1,000 files per folder) and reused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataPath, packageRoot, sharedDataPath } from '../../src/common/paths.js';

export interface Corpus {
  dir: string;
  count: number;
  bytes: number;
  source: string;
  originals: number;
}

/** The new id of replica k of a reference id. */
export function replicaId(id: string, k: number): string {
  if (k === 0) return id;
  const m = /^(\d{2}[A-Z][A-Z0-9]*?)(\d+)$/.exec(id);
  return m ? `${m[1]}X${k}X${m[2]}` : `${id}X${k}`;
}

/** Build (or reuse) a corpus of `count` cables; logs what it does. */
export function buildCorpus(count: number): Corpus {
  const source = sharedDataPath('cables') ?? dataPath('sample', 'cables');
  const names = fs.readdirSync(source).filter((f) => f.endsWith('.txt')).sort();
  const dir = path.join(packageRoot, 'bench', 'out', `corpus-${count}`);
  const marker = path.join(dir, 'COMPLETE');
  if (!fs.existsSync(marker)) {
    fs.rmSync(dir, { recursive: true, force: true });
    const originals = names.map((n) => fs.readFileSync(path.join(source, n), 'utf8'));
    process.stderr.write(`building ${count} cables in ${dir} from ${names.length} real cables replicated under new ids…\n`);
    for (let i = 0; i < count; i++) {
      const k = Math.floor(i / originals.length);
      const text = originals[i % originals.length]!;
      const nl = text.indexOf('\n');
      const id = replicaId(text.slice(0, nl).trim(), k);
      const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(4, '0'));
      if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
      fs.writeFileSync(path.join(sub, `${id}.txt`), id + text.slice(nl));
    }
    fs.writeFileSync(marker, `${count}\n`);
  }
  let bytes = 0;
  for (const sub of fs.readdirSync(dir)) {
    const p = path.join(dir, sub);
    if (!fs.statSync(p).isDirectory()) continue;
    for (const f of fs.readdirSync(p)) bytes += fs.statSync(path.join(p, f)).size;
  }
  return { dir, count, bytes, source, originals: names.length };
}

/** Every file of a corpus in name order. */
export function corpusFiles(corpus: Corpus): string[] {
  const out: string[] = [];
  for (const sub of fs.readdirSync(corpus.dir).sort()) {
    const p = path.join(corpus.dir, sub);
    if (!fs.statSync(p).isDirectory()) continue;
    for (const f of fs.readdirSync(p).sort()) out.push(path.join(p, f));
  }
  return out;
}

/** `--name value` from argv. */
export function argValue(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
