/**
 * Search results as text for people: one block per hit, then the facets.
 */
import type { SearchResult } from '../store/types.js';

function facetLine(name: string, counts: Record<string, number>, max = 8): string | null {
  const entries = Object.entries(counts).slice(0, max);
  if (entries.length === 0) return null;
  return `  ${name}: ${entries.map(([k, n]) => `${k} (${n})`).join(', ')}`;
}

/** Render a result page; `offset` numbers the hits. */
export function formatSearchResult(result: SearchResult, query: string, offset: number, highlight: boolean): string {
  const lines: string[] = [];
  const shown = result.hits.length;
  lines.push(`${result.total.toLocaleString('en-US')} cable${result.total === 1 ? '' : 's'} match ${JSON.stringify(query)}${shown ? ` (showing ${offset + 1}–${offset + shown})` : ''}`);
  const mark = (s: string) => (highlight ? s.replace(/«/g, '\x1b[1m').replace(/»/g, '\x1b[22m') : s);
  result.hits.forEach((h, i) => {
    lines.push('');
    lines.push(`${String(offset + i + 1).padStart(3)}. ${h.id}  ${h.date ?? '----------'}  ${h.classification ?? '?'}  ${h.origin ?? ''}`);
    lines.push(`     ${h.subject ?? '(no readable subject)'}`);
    lines.push(`     ${h.paragraph === 'subject' ? 'subject' : h.paragraph ? `¶${h.paragraph}` : '¶'}: ${mark(h.snippet.replace(/\s+/g, ' '))}`);
  });
  const facets = [
    facetLine('classification', result.facets.classification),
    facetLine('year', result.facets.year),
    facetLine('origin', result.facets.origin),
    facetLine('tags', result.facets.tags),
  ].filter((l): l is string => l !== null);
  if (facets.length) lines.push('', 'facets:', ...facets);
  return lines.join('\n');
}
