// The overview of a large network: on or off, the grouping, the groups expanded in place and the
// group drilled into. Opening another network starts from overviewFor (see datasetSlice).
import type { StateCreator } from 'zustand';
import type { OverviewGrouping } from '../../model/overview';
import {
  EXPAND_IN_PLACE_LIMIT,
  selectGrouped,
  tooBigToExpand,
  withExpanded,
  type OverviewState,
} from '../overview';
import type { StoreState } from '../store';
import { withNotice } from './viewSlice';

export interface OverviewSlice {
  overview: OverviewState;
  /** Switch the overview on (grouped by `by`) or off (null). */
  setOverview: (by: OverviewGrouping | null) => void;
  /** Show the group's members in place; a group too big for that is drilled into, saying why. */
  expandGroup: (groupId: string) => void;
  collapseGroup: (groupId: string) => void;
  /** Show only the group's members and their links (null: back to the whole overview). */
  drillGroup: (groupId: string | null) => void;
}

export const createOverviewSlice =
  (initial: OverviewState): StateCreator<StoreState, [], [], OverviewSlice> =>
  (set, get) => ({
    overview: initial,
    setOverview: (by) =>
      set((s) => ({
        overview:
          by === null
            ? { ...s.overview, on: false, expanded: [], drill: null }
            : { on: true, by, expanded: [], drill: null },
        // Communities come from the analysis: grouping by them asks for it.
        analysisWanted: s.analysisWanted || by === 'community',
        selection: null,
      })),
    expandGroup: (groupId) => {
      const s = get();
      const grouped = selectGrouped(s);
      const group = grouped.byId.get(groupId);
      if (!group) return;
      if (tooBigToExpand(grouped, groupId)) {
        set({
          overview: { ...s.overview, drill: groupId },
          notices: withNotice(
            s.notices,
            'info',
            `${group.label} has ${group.members.length.toLocaleString('en-GB')} members, more than the ${EXPAND_IN_PLACE_LIMIT} that can be shown in place, so it is shown on its own`,
          ),
        });
        return;
      }
      set({
        overview: { ...s.overview, expanded: withExpanded(grouped, s.overview.expanded, groupId) },
      });
    },
    collapseGroup: (groupId) =>
      set((s) => ({
        overview: { ...s.overview, expanded: s.overview.expanded.filter((g) => g !== groupId) },
      })),
    drillGroup: (drill) => set((s) => ({ overview: { ...s.overview, drill } })),
  });
