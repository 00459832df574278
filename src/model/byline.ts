import type { Contributor } from './document.js';

/** A byline as printed, "记者 周沐阳 唐可欣": each title once, before the names it covers. */
export function bylineText(people: readonly Pick<Contributor, 'name' | 'title'>[]): string {
  const parts: string[] = [];
  people.forEach((p, i) => {
    if (i === 0 || people[i - 1]!.title !== p.title) parts.push(p.title);
    parts.push(p.name);
  });
  return parts.filter(Boolean).join(' ');
}
