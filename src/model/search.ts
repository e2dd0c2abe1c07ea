// Name search: ranks organisations by how well their label (or full name, or id) matches a query.
import type { Organisation } from './types';

/** Lower-case and strip accents, so "sviesos" finds "Šviesos". */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

function score(o: Organisation, q: string): number {
  const label = fold(o.label);
  if (label === q) return 0;
  if (label.startsWith(q)) return 1;
  if (label.split(/[\s\-–(„"]+/).some((w) => w.startsWith(q))) return 2;
  if (label.includes(q)) return 3;
  const full = o.attributes?.fullName;
  if (typeof full === 'string' && fold(full).includes(q)) return 4;
  if (fold(o.id).includes(q)) return 5;
  return -1;
}

/** Best matches first (then shorter labels, then alphabetical); at most `limit`. */
export function rankMatches(
  orgs: readonly Organisation[],
  query: string,
  limit: number,
): Organisation[] {
  const q = fold(query.trim());
  if (q === '') return [];
  return orgs
    .map((o) => ({ o, s: score(o, q) }))
    .filter((m) => m.s >= 0)
    .sort(
      (a, b) =>
        a.s - b.s || a.o.label.length - b.o.label.length || a.o.label.localeCompare(b.o.label),
    )
    .slice(0, limit)
    .map((m) => m.o);
}
