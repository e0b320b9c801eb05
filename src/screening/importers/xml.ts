/**
 * Just enough XML for flat government list files: elements by tag name, text with entities decoded.
 * Not a general XML parser (no namespaces, no CDATA nesting rules); the UN list needs no more.
 */

/** Decode the five XML entities and numeric character references. */
export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()]!;
  });
}

/**
 * The inner XML of every `<tag>…</tag>` element directly or indirectly inside `xml`.
 * @example elements('<A><B>1</B><B>2</B></A>', 'B') → ['1', '2']
 */
export function elements(xml: string, tag: string): string[] {
  const out: string[] = [];
  const open = `<${tag}>`;
  const close = `</${tag}>`;
  let i = 0;
  for (;;) {
    const s = xml.indexOf(open, i);
    if (s < 0) break;
    const e = xml.indexOf(close, s);
    if (e < 0) break;
    out.push(xml.slice(s + open.length, e));
    i = e + close.length;
  }
  return out;
}

/** Decoded, trimmed text of the first `<tag>` in `xml`, or ''. */
export function text(xml: string, tag: string): string {
  const v = elements(xml, tag)[0];
  return v === undefined ? '' : decodeXml(v.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** Decoded texts of every `<tag>`. */
export function texts(xml: string, tag: string): string[] {
  return elements(xml, tag).map((v) => decodeXml(v.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim()).filter(Boolean);
}
