/**
 * A function's answers kept per text as written, for pure functions asked about the same few texts
 * over and over (portion marks, banners, station names). Bounded: emptied when it grows past `max`
 * texts, so a long ingest of ever new texts keeps no more than that.
 */
export class Remembered<T> {
  private readonly known = new Map<string, T>();

  constructor(
    private readonly read: (text: string) => T,
    private readonly max = 4096,
  ) {}

  get(text: string): T {
    let answer = this.known.get(text);
    if (answer === undefined && !this.known.has(text)) {
      if (this.known.size >= this.max) this.known.clear();
      // the text is often a slice of a whole cable, and a slice keeps its cable alive: remember (and read)
      // a copy of its own, so that a full cache holds a few short texts, not thousands of cables
      const own = detached(text);
      answer = this.read(own);
      this.known.set(own, answer);
    }
    return answer!;
  }
}

/** A copy of `text` that shares no memory with the string it was cut from. */
function detached(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
