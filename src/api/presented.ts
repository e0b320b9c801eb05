/**
 * The output choke point: a response body of a protected route must have been made by a
 * presenter (which decided, through src/access, what the reader may see) and marked here.
 * A `preSerialization` hook refuses any other body (500), so a route cannot return a raw
 * model by mistake.
 */
const marked = new WeakSet<object>();

/** Mark a response body as presented (built from what src/access let the reader see). */
export function presented<T extends object>(value: T): T {
  marked.add(value);
  return value;
}

/** Whether a body was marked by `presented`. */
export function isPresented(value: unknown): boolean {
  return typeof value === 'object' && value !== null && marked.has(value);
}
