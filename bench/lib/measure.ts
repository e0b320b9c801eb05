/** Small measuring helpers shared by the benchmarks. */

/** Seconds taken by fn. */
export function seconds<T>(fn: () => T): { value: T; seconds: number } {
  const t = process.hrtime.bigint();
  const value = fn();
  return { value, seconds: Number(process.hrtime.bigint() - t) / 1e9 };
}

/** The p-th percentile (0..100) of values, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
export const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
