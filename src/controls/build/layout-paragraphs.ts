/**
 * Sub-paragraphs of a Wassenaar print block from its layout text (short labels `a.`, `1.` nested by
 * indentation; lists inside Notes and N.B.s are skipped). Used for the Munitions List, whose
 * sub-paragraphs have no other source.
 */

/** A sub-paragraph found in a layout block: full code and its first line. */
export interface LayoutParagraph {
  code: string;
  heading: string;
}

const labelLine = /^(\s*)(?:ML\d+\.\s+)?((?:[a-z]|\d{1,2})\.(?:\s+(?:[a-z]|\d{1,2})\.)*)\s+(\S.*)$/;
const noteLine = /^(\s*)(?:Note|N\.B\.|Technical Note|Technical Notes|Notes)\b/;

/**
 * Split a block's layout into sub-paragraphs under `code` (e.g. `ML10`, `ML8.a`).
 * @example layoutParagraphs('ML5. Fire control:\n  a. Sights;\n  b. Other:\n     1. Target systems;', 'ML5').map(p => p.code)
 *   // ['ML5.a', 'ML5.b', 'ML5.b.1']
 */
export function layoutParagraphs(layout: string, code: string): LayoutParagraph[] {
  const lines = layout.split('\n');
  const ml = code.split('.')[0]!;
  const stack: Array<{ indent: number; seg: string }> = [];
  const out: LayoutParagraph[] = [];
  let noteIndent: number | null = null;
  let open: { item: LayoutParagraph; indent: number } | null = null;
  lines.forEach((line, i) => {
    if (open && !labelLine.test(line) && !noteLine.test(line) && line.search(/\S/) > open.indent && !/[:;.]$/.test(open.item.heading)) {
      open.item.heading += ' ' + line.trim();
      return;
    }
    open = null;
    const m = labelLine.exec(line);
    if (i === 0) {
      // the block's own heading line ("ML8. a.    "Explosives" …") sets the starting path
      if (m) for (const seg of m[2]!.split(/\.\s*/).filter(Boolean)) stack.push({ indent: line.indexOf(seg + '.', ml.length + 1), seg });
      return;
    }
    const note = noteLine.exec(line);
    if (note) {
      noteIndent = note[1]!.length;
      return;
    }
    if (!m) return;
    const indent = m[1]!.length;
    if (noteIndent !== null) {
      if (indent > noteIndent) return;
      noteIndent = null;
    }
    for (const seg of m[2]!.split(/\.\s*/).filter(Boolean)) {
      while (stack.length && stack[stack.length - 1]!.indent >= indent) stack.pop();
      if (/^[a-z]$/.test(seg) !== (stack.length % 2 === 0)) return;
      stack.push({ indent, seg });
    }
    const item = { code: [ml, ...stack.map((s) => s.seg)].join('.'), heading: m[3]!.trim() };
    out.push(item);
    open = { item, indent };
  });
  return out;
}
