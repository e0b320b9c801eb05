/**
 * A sliding-window counter of failures per key (login attempts by user name and by address).
 */
export interface FailureLimiter {
  /** seconds until `key` may try again, or 0 when it may try now */
  retryAfter(key: string, now: number): number;
  fail(key: string, now: number): void;
  reset(key: string): void;
}

/**
 * @param max failures allowed within `windowMs`; the next attempt waits until the oldest expires
 * @example const l = failureLimiter(5, 15 * 60_000); l.fail('alice', Date.now())
 */
export function failureLimiter(max: number, windowMs: number): FailureLimiter {
  const failures = new Map<string, number[]>();
  const live = (key: string, now: number): number[] => {
    const list = (failures.get(key) ?? []).filter((t) => now - t < windowMs);
    if (list.length) failures.set(key, list);
    else failures.delete(key);
    return list;
  };
  return {
    retryAfter(key, now) {
      const list = live(key, now);
      if (list.length < max) return 0;
      return Math.max(1, Math.ceil((list[list.length - max]! + windowMs - now) / 1000));
    },
    fail(key, now) {
      const list = live(key, now);
      list.push(now);
      failures.set(key, list);
      if (failures.size > 100_000) failures.delete(failures.keys().next().value!);
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
