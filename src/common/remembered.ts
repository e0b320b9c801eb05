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
      answer = this.read(text);
      this.known.set(text, answer);
    }
    return answer!;
  }
}
