/**
 * A line diff between two texts, written as hunks (`@@ -a,b +c,d @@`, then ` `/`-`/`+` lines).
 * Common prefix and suffix are trimmed, the middle is aligned by longest common subsequence
 * (bounded: very large middles fall back to replace-all, which is still a correct diff).
 */

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

const maxCells = 4_000_000;

function align(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const am = a.slice(pre, a.length - suf);
  const bm = b.slice(pre, b.length - suf);
  const ops: Op[] = [];
  for (let i = 0; i < pre; i++) ops.push({ kind: ' ', line: a[i]!, a: i, b: i });
  if (am.length * bm.length > maxCells) {
    am.forEach((line, i) => ops.push({ kind: '-', line, a: pre + i, b: pre }));
    bm.forEach((line, j) => ops.push({ kind: '+', line, a: pre + am.length, b: pre + j }));
  } else {
    const n = am.length;
    const m = bm.length;
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = am[i] === bm[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && am[i] === bm[j]) {
        ops.push({ kind: ' ', line: am[i]!, a: pre + i, b: pre + j });
        i++; j++;
      } else if (j < m && (i === n || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) {
        ops.push({ kind: '+', line: bm[j]!, a: pre + i, b: pre + j });
        j++;
      } else {
        ops.push({ kind: '-', line: am[i]!, a: pre + i, b: pre + j });
        i++;
      }
    }
  }
  for (let k = 0; k < suf; k++) ops.push({ kind: ' ', line: a[a.length - suf + k]!, a: a.length - suf + k, b: b.length - suf + k });
  return ops;
}

/**
 * Diff two texts by lines with `context` lines around each change. Returns '' when equal.
 * @example lineDiff('a\nb\n', 'a\nc\n') // '@@ -1,2 +1,2 @@\n a\n-b\n+c\n'
 */
export function lineDiff(before: string, after: string, context = 2): string {
  if (before === after) return '';
  const ops = align(before.split('\n'), after.split('\n'));
  const changed = ops.map((o) => o.kind !== ' ');
  const keep = ops.map((_, i) => {
    for (let k = Math.max(0, i - context); k <= Math.min(ops.length - 1, i + context); k++) if (changed[k]) return true;
    return false;
  });
  const out: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if (!keep[i]) { i++; continue; }
    let j = i;
    while (j < ops.length && keep[j]) j++;
    const hunk = ops.slice(i, j);
    const aLen = hunk.filter((o) => o.kind !== '+').length;
    const bLen = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${hunk[0]!.a + 1},${aLen} +${hunk[0]!.b + 1},${bLen} @@`);
    for (const o of hunk) out.push(o.kind + o.line);
    i = j;
  }
  return out.join('\n') + '\n';
}
