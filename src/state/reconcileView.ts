// Fits a view to the dataset that is open: what refers to organisations or links no longer there
// is left out, the year is kept inside the timeline, and each change is said in plain words.
import type { Dataset } from '../model/types';
import { clampYear, timelineRange } from '../model/timeline';
import type { SavedView } from './savedView';

export interface ReconciledView {
  view: SavedView;
  problems: string[];
}

const MAX_NAMED = 5;

function named(ids: string[]): string {
  const shown = ids.slice(0, MAX_NAMED).map((id) => `"${id}"`);
  const more = ids.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/**
 * Return the view with every reference checked against `dataset`, and what could not be kept.
 * `madeFor` is the title of the dataset the view was made on, when known (shared links).
 */
export function reconcileView(
  view: SavedView,
  dataset: Dataset,
  madeFor: string | null = null,
): ReconciledView {
  const problems: string[] = [];
  if (madeFor !== null && madeFor !== dataset.title) {
    problems.push(
      `This view was made on the dataset "${madeFor}" and is shown on "${dataset.title}"; parts of it may not fit.`,
    );
  }
  const orgs = new Set(dataset.organisations.map((o) => o.id));
  const out: SavedView = { ...view };

  if (view.selection) {
    const exists =
      view.selection.kind === 'organisation'
        ? orgs.has(view.selection.id)
        : dataset.links.some((l) => l.id === view.selection?.id);
    if (!exists) {
      problems.push(
        `The selected ${view.selection.kind} "${view.selection.id}" is not in this dataset.`,
      );
      out.selection = null;
    }
  }

  const missingFocus = view.focus.filter((id) => !orgs.has(id));
  if (missingFocus.length > 0) {
    problems.push(
      `${missingFocus.length} organisation${missingFocus.length === 1 ? '' : 's'} in the focus ${missingFocus.length === 1 ? 'is' : 'are'} not in this dataset: ${named(missingFocus)}.`,
    );
    out.focus = view.focus.filter((id) => orgs.has(id));
  }

  if (view.positions) {
    const missing = view.positions.filter(([id]) => !orgs.has(id)).map(([id]) => id);
    if (missing.length > 0) {
      problems.push(
        `Positions of ${missing.length} organisation${missing.length === 1 ? '' : 's'} no longer in the dataset were skipped: ${named(missing)}.`,
      );
      out.positions = view.positions.filter(([id]) => orgs.has(id));
    }
  }

  if (view.year !== null) {
    const range = timelineRange(dataset);
    if (!range) {
      problems.push(
        `This dataset carries no years, so the timeline year ${view.year} was ignored.`,
      );
      out.year = null;
    } else if (view.year < range.start || view.year > range.end) {
      out.year = clampYear(range, view.year);
      problems.push(
        `The year ${view.year} is outside this dataset's timeline (${range.start}–${range.end}); ${out.year} is shown.`,
      );
    }
  }

  if (view.path) {
    const ends = [view.path.from, view.path.to].filter((id): id is string => id !== null);
    const gone = ends.filter((id) => !orgs.has(id));
    if (gone.length > 0) {
      problems.push(`The path query names ${named(gone)}, not in this dataset; it was left out.`);
      delete out.path;
    } else {
      const avoid = view.path.avoid.filter((id) => orgs.has(id));
      if (avoid.length < view.path.avoid.length) out.path = { ...view.path, avoid };
    }
  }
  if (view.ego && !orgs.has(view.ego.centre)) {
    problems.push(
      `The ego focus centres on "${view.ego.centre}", not in this dataset; it was left out.`,
    );
    delete out.ego;
  }
  return { view: out, problems };
}
