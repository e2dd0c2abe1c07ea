// Derived workshop data, memoised per dataset (and year) so components select narrowly.
import {
  clampYear,
  networkInYear,
  timelineRange,
  yearCounts,
  type TimelineRange,
  type YearCount,
  type YearNetwork,
} from '../model/timeline';
import type { Dataset } from '../model/types';
import type { StoreState } from './store';

export interface TimelineInfo {
  range: TimelineRange;
  counts: YearCount[];
}

let lastTimeline: { d: Dataset; info: TimelineInfo | null } | undefined;
/** The slider's range and the chart's counts; null when the dataset carries no years. */
export function selectTimeline(s: StoreState): TimelineInfo | null {
  if (lastTimeline?.d !== s.dataset) {
    const range = timelineRange(s.dataset);
    lastTimeline = {
      d: s.dataset,
      info: range ? { range, counts: yearCounts(s.dataset, range) } : null,
    };
  }
  return lastTimeline.info;
}

let lastYear: { d: Dataset; y: number; n: YearNetwork } | undefined;
/**
 * What the timeline shows for the chosen year (kept inside the dataset's range); null when the
 * timeline is off or the dataset carries no years.
 */
export function selectYearNetwork(s: StoreState): YearNetwork | null {
  const info = selectTimeline(s);
  if (s.timelineYear === null || !info) return null;
  const year = clampYear(info.range, s.timelineYear);
  if (lastYear?.d !== s.dataset || lastYear.y !== year) {
    lastYear = { d: s.dataset, y: year, n: networkInYear(s.dataset, year) };
  }
  return lastYear.n;
}

/** The view being presented, or null. */
export const selectPresented = (s: StoreState) =>
  s.presentIndex === null ? null : (s.views[s.presentIndex] ?? null);

/** Class names the app's frame takes for the workshop (presenting, projector theme). */
export const selectWorkshopClass = (s: StoreState): string =>
  `${s.presentIndex !== null ? ' presenting' : ''}${s.projector ? ' projector' : ''}`;
