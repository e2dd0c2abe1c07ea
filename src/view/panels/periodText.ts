// "since 2014", "2016–2017" or "" for a link's years.
import type { Link } from '../../model/types';

export function periodText(l: Pick<Link, 'since' | 'until'>): string {
  if (l.since !== undefined && l.until !== undefined) {
    return l.since === l.until ? String(l.since) : `${l.since}–${l.until}`;
  }
  if (l.since !== undefined) return `since ${l.since}`;
  if (l.until !== undefined) return `until ${l.until}`;
  return '';
}
