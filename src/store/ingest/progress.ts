/**
 * Ingest progress on stderr: redrawn in place on a terminal (at most every 100 ms), plain periodic
 * lines otherwise (every 5 s), so logs stay readable.
 */
import type { IngestProgress, IngestSummary } from './run.js';

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

function megabytes(n: number): string {
  return (n / 1e6).toFixed(n < 1e7 ? 1 : 0) + ' MB';
}

/** One progress line: count, rate, share of bytes and ETA. */
export function progressLine(p: IngestProgress): string {
  const secs = Math.max(p.elapsedMs / 1000, 0.001);
  const rate = Math.round(p.cables / secs);
  const share = p.totalBytes > 0 ? p.bytes / p.totalBytes : 1;
  const eta = share > 0 && share < 1 ? duration((p.elapsedMs / share) * (1 - share)) : '0s';
  return `ingest: ${p.cables.toLocaleString('en-US')} cables, ${rate.toLocaleString('en-US')}/s, ${megabytes(p.bytes)} of ${megabytes(p.totalBytes)} (${Math.floor(share * 100)}%), ETA ${eta}`;
}

/** A progress reporter writing to a stream. */
export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr) {
  const tty = Boolean(stream.isTTY);
  let last = 0;
  let drawn = false;
  return {
    update(p: IngestProgress): void {
      const now = Date.now();
      if (now - last < (tty ? 100 : 5000)) return;
      last = now;
      if (tty) { stream.write('\r\x1b[K' + progressLine(p)); drawn = true; }
      else stream.write(progressLine(p) + '\n');
    },
    done(): void {
      if (tty && drawn) stream.write('\r\x1b[K');
    },
  };
}

/** The human summary printed at the end of an ingest. */
export function summaryText(s: IngestSummary, location: string): string {
  const lines = [
    `ingested into ${location}: ${s.cables.toLocaleString('en-US')} cables in ${duration(s.elapsedMs)} — ${s.new} new, ${s.unchanged} unchanged, ${s.revised} revised, ${s.errors.length} errors`,
  ];
  const codes = Object.entries(s.diagnostics).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (codes.length) {
    lines.push('diagnostics by code:');
    for (const [code, n] of codes) lines.push(`  ${String(n).padStart(7)}  ${code}`);
  }
  for (const e of s.errors) lines.push(`error: ${e.source}: ${e.message}`);
  return lines.join('\n');
}
