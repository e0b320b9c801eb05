/**
 * Plain-text forms of a reader's view and of a releasable product: every paragraph with its
 * marking, headed and footed by the banner.
 */
import type { CableView, Release, ViewParagraph } from './views.js';

function paragraphText(p: ViewParagraph): string {
  return `${p.number}. (${p.marking.text}) ${p.text.trim()}`;
}

/** A reader's view as text. */
export function renderViewText(view: CableView): string {
  const banner = view.banner ?? '';
  const out = [banner, [view.id, view.created].filter(Boolean).join('  '), ''];
  if (view.subject) out.push(`SUBJECT: (${view.subject.marking.text}) ${view.subject.text.trim()}`, '');
  for (const p of view.paragraphs) out.push(paragraphText(p), '');
  out.push(banner);
  return out.join('\n') + '\n';
}

/** A releasable product as text: canonical marking, the source cable's id and date. */
export function renderReleaseText(release: Release): string {
  const out = [
    release.marking.text,
    `RELEASABLE TO ${release.to}: portions of ${release.id ?? 'an unidentified cable'}${release.date ? ` of ${release.date}` : ''}`,
    '',
  ];
  for (const p of release.paragraphs) out.push(paragraphText(p), '');
  out.push(release.marking.text);
  return out.join('\n') + '\n';
}
