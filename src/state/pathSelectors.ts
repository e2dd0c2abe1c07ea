// Derived path data for the view: current results, the chosen path, the ego network, neighbours,
// and the few core values and types the view shows (the view reaches analysis/ only through here).
import { egoNetwork, type CooperationPath, type EgoNetwork } from '../analysis/paths';
import type { Dataset } from '../model/types';
import { pathKeyOf } from './commands/paths';
import type { PathResults } from './slices/pathSlice';
import type { StoreState } from './store';

export {
  INTRODUCER_RANKING_NOTE,
  TRUST_LEVELS,
  TRUST_PROXY_NOTE,
  formatTrust,
  levelToTrust,
  trustToLevel,
  type ContactSuggestion,
  type CooperationPath,
  type Introducer,
  type PathStep,
  type Ranking,
  type StepTrustSource,
  type TrustLevel,
} from '../analysis/paths';

/** The results, when they were computed for the dataset revision and query on screen. */
export function selectPathResults(s: StoreState): PathResults | null {
  const job = s.pathJob;
  return job.status === 'done' && job.revision === s.revision && job.key === pathKeyOf(s)
    ? job.value
    : null;
}

/** 'idle' | 'running' | 'done' | 'error' for the query on screen (an older result counts as running). */
export function selectPathStatus(s: StoreState): 'idle' | 'running' | 'done' | 'error' {
  if (s.pathQuery.from === null) return 'idle';
  const job = s.pathJob;
  if (job.status === 'idle') return 'idle';
  if (job.key !== pathKeyOf(s)) return 'running';
  return job.status;
}

/** The highlighted path, when there are results. */
export function selectChosenPath(s: StoreState): CooperationPath | null {
  return selectPathResults(s)?.search?.paths[s.selectedPath] ?? null;
}

let lastEgo: { d: Dataset; centre: string; hops: number; ego: EgoNetwork | null } | undefined;
/** The ego network of the focus (null when off, or its centre is no longer in the dataset). */
export function selectEgo(s: StoreState): EgoNetwork | null {
  const f = s.egoFocus;
  if (!f) return null;
  if (
    !lastEgo ||
    lastEgo.d !== s.dataset ||
    lastEgo.centre !== f.centre ||
    lastEgo.hops !== f.hops
  ) {
    const known = s.dataset.organisations.some((o) => o.id === f.centre);
    lastEgo = {
      d: s.dataset,
      centre: f.centre,
      hops: f.hops,
      ego: known ? egoNetwork(s.dataset, f.centre, f.hops) : null,
    };
  }
  return lastEgo.ego;
}

let lastNeighbours: { d: Dataset; byId: Map<string, string[]> } | undefined;
/** The organisations linked to `id` (any kind, either direction), in label order. */
export function selectNeighbours(s: StoreState, id: string): string[] {
  if (!lastNeighbours || lastNeighbours.d !== s.dataset) {
    const sets = new Map<string, Set<string>>();
    for (const l of s.dataset.links) {
      if (l.source === l.target) continue;
      for (const [a, b] of [
        [l.source, l.target],
        [l.target, l.source],
      ] as const) {
        const set = sets.get(a) ?? new Set<string>();
        set.add(b);
        sets.set(a, set);
      }
    }
    const label = new Map(s.dataset.organisations.map((o) => [o.id, o.label]));
    const byId = new Map<string, string[]>();
    for (const [id2, set] of sets) {
      byId.set(
        id2,
        [...set].sort((a, b) => (label.get(a) ?? a).localeCompare(label.get(b) ?? b, 'en')),
      );
    }
    lastNeighbours = { d: s.dataset, byId };
  }
  return lastNeighbours.byId.get(id) ?? [];
}

let lastVocab: { d: Dataset; kinds: string[]; types: string[] } | undefined;
function vocabulary(d: Dataset): { kinds: string[]; types: string[] } {
  if (!lastVocab || lastVocab.d !== d) {
    lastVocab = {
      d,
      kinds: [...new Set(d.links.map((l) => l.kind))].sort(),
      types: [...new Set(d.organisations.map((o) => o.type))].sort(),
    };
  }
  return lastVocab;
}
/** Link kinds present in the dataset, sorted. */
export const selectLinkKinds = (s: StoreState): string[] => vocabulary(s.dataset).kinds;
/** Organisation types present in the dataset, sorted. */
export const selectOrgTypes = (s: StoreState): string[] => vocabulary(s.dataset).types;
