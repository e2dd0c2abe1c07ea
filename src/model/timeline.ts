// The network as it was in a year: which organisations and links existed, and the per-year counts
// the timeline chart draws.
//
// Rules (decided for the workshop timeline):
// - An organisation exists in year Y unless it was founded after Y (no founding year: it exists).
// - A link is *dated* when it has a start year (`since`). A dated link is shown in Y when
//   since <= Y, and (no `until` or until >= Y), and both ends exist in Y.
// - A link without a start year is *undated*: its start cannot be placed on a timeline, so it is
//   shown in every year (unless it ended before Y, or one of its ends did not exist yet) and
//   drawn faded, and the app says how many are shown that way. The counts keep it apart.
// - An organisation is shown in Y when it exists and has a link shown in Y, or it has a founding
//   year (<= Y): organisations known to exist by then are shown even before their first tie.
//   One shown only through undated links is marked too, so the view can fade it with them.
import type { Dataset, Link, NodeId, Organisation } from './types';

/** What the timeline shows for one year. */
export interface YearNetwork {
  year: number;
  organisations: Set<NodeId>;
  /** Links with a start year that existed in the year. */
  dated: Set<string>;
  /** Links without a start year, shown faded in every year they had not ended by. */
  undated: Set<string>;
  /** Shown organisations with neither a founding year nor a dated link in the year. */
  undatedOnly: Set<NodeId>;
}

/** The counts for one year of the chart. */
export interface YearCount {
  year: number;
  /** Organisations with a founding year or a dated link in the year (not the undated-only). */
  organisations: number;
  /** Dated links shown in the year. */
  links: number;
  /** Undated links shown in the year (drawn faded). */
  undated: number;
}

/** The years the timeline slider spans, inclusive. */
export interface TimelineRange {
  start: number;
  end: number;
}

export const isUndated = (link: Link): boolean => link.since === undefined;

/** The organisation existed in the year (it was not founded later). */
export const existsIn = (org: Organisation, year: number): boolean =>
  org.founded === undefined || org.founded <= year;

/** The link's own years allow the year (its ends are checked separately). */
export const linkActiveIn = (link: Link, year: number): boolean =>
  (link.since === undefined || link.since <= year) &&
  (link.until === undefined || link.until >= year);

/** Which organisations and links to show for a year (see the rules at the top of the file). */
export function networkInYear(dataset: Dataset, year: number): YearNetwork {
  const existing = new Set<NodeId>();
  const datedOrgs = new Set<NodeId>();
  for (const o of dataset.organisations) {
    if (!existsIn(o, year)) continue;
    existing.add(o.id);
    if (o.founded !== undefined) datedOrgs.add(o.id);
  }
  const dated = new Set<string>();
  const undated = new Set<string>();
  const viaUndated = new Set<NodeId>();
  for (const l of dataset.links) {
    if (!linkActiveIn(l, year) || !existing.has(l.source) || !existing.has(l.target)) continue;
    if (isUndated(l)) {
      undated.add(l.id);
      viaUndated.add(l.source).add(l.target);
    } else {
      dated.add(l.id);
      datedOrgs.add(l.source).add(l.target);
    }
  }
  const undatedOnly = new Set([...viaUndated].filter((id) => !datedOrgs.has(id)));
  const organisations = new Set([...datedOrgs, ...undatedOnly]);
  return { year, organisations, dated, undated, undatedOnly };
}

/**
 * The cluster a dataset is about: the organisation of type "cluster" with the most membership
 * links pointing to it (ties broken by dataset order); undefined when there is none.
 */
export function mainCluster(dataset: Dataset): Organisation | undefined {
  const members = new Map<NodeId, number>();
  for (const l of dataset.links) {
    if (l.kind === 'membership') members.set(l.target, (members.get(l.target) ?? 0) + 1);
  }
  let best: Organisation | undefined;
  let bestCount = 0;
  for (const o of dataset.organisations) {
    const count = members.get(o.id) ?? 0;
    if (o.type === 'cluster' && count > bestCount) {
      best = o;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The slider's span. It starts in the main cluster's founding year when that is known (LITEK:
 * 2011), else in the earliest year in the data; it ends in the latest year any link or
 * organisation carries. Null when the data carries no years at all.
 */
export function timelineRange(dataset: Dataset): TimelineRange | null {
  let min = Infinity;
  let max = -Infinity;
  const see = (y: number | undefined) => {
    if (y === undefined) return;
    if (y < min) min = y;
    if (y > max) max = y;
  };
  for (const o of dataset.organisations) see(o.founded);
  for (const l of dataset.links) {
    see(l.since);
    see(l.until);
  }
  if (!Number.isFinite(min)) return null;
  const founded = mainCluster(dataset)?.founded;
  const start = founded !== undefined && founded <= max ? founded : min;
  return { start, end: max };
}

/** Counts of organisations, dated and undated links for every year of the range. */
export function yearCounts(dataset: Dataset, range: TimelineRange): YearCount[] {
  const out: YearCount[] = [];
  for (let year = range.start; year <= range.end; year++) {
    const n = networkInYear(dataset, year);
    out.push({
      year,
      organisations: n.organisations.size - n.undatedOnly.size,
      links: n.dated.size,
      undated: n.undated.size,
    });
  }
  return out;
}

/** The year after `year` in the range, or null at the end (the play button stops there). */
export function nextYear(range: TimelineRange, year: number): number | null {
  return year >= range.end ? null : Math.max(range.start, year + 1);
}

/** Keep a year inside the range. */
export const clampYear = (range: TimelineRange, year: number): number =>
  Math.min(range.end, Math.max(range.start, Math.round(year)));
