// The analysis summary in sentences: what counts, what is left out and why, how brokerage is
// grouped. Shared by the Analysis panel and the CLI so both tell the same story.
import { LEFT_OUT_REASONS } from '../model/analysisPlan';
import type { AnalysisResult } from './analyze';

/** The summary lines; null where there is nothing to say. */
export interface SummaryText {
  /** "281 cooperation ties among 80 organisations; cluster membership used as grouping." */
  network: string;
  /** How projects and events were read. */
  activities: string;
  /** What the canvas draws and which of it the analysis left out. */
  drawn: string | null;
  /** Organisations with no cooperation tie, named. */
  noTie: string | null;
  /** The brokerage grouping and why. */
  grouping: string;
  /** Possible members and whether they count. */
  possible: string | null;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function names(list: readonly string[], max = 12): string {
  const shown = list.slice(0, max);
  const more = list.length - shown.length;
  const all = more > 0 ? [...shown, `${more} more`] : shown;
  return all.length <= 1 ? all.join('') : `${all.slice(0, -1).join(', ')} and ${all.at(-1)!}`;
}

/** Sentences for the summary of `result`; `label` names an organisation by id. */
export function describeAnalysis(
  result: AnalysisResult,
  label: (id: string) => string,
): SummaryText {
  const g = result.graph;
  const b = result.basis;
  const membership = b?.leftOut.some((r) => r.reason === 'membership') ?? false;
  const network =
    `${plural(g.edges, 'cooperation tie', 'cooperation ties')} among ${plural(g.nodes, 'organisation', 'organisations')}` +
    (membership ? '; cluster membership used as grouping, not as a tie.' : '.');
  const activities =
    b === null
      ? 'Every organisation counts as a node.'
      : b.projected
        ? `Projects and events are activities, not organisations: ${b.activities} of them join their participants (a co-participation tie, weight = number shared).`
        : `Two-mode picture: projects and events are counted as nodes (${b.activities}).`;
  let drawn: string | null = null;
  if (b !== null) {
    const out = b.leftOut.reduce((s, r) => s + r.count, 0);
    drawn =
      out === 0
        ? `All ${plural(b.links, 'link', 'links')} on the canvas count.`
        : `Of the ${plural(b.links, 'link', 'links')} on the canvas, ${b.counted} count and ${out} are left out (drawn faded): ${b.leftOut
            .map((r) => `${r.count} ${LEFT_OUT_REASONS[r.reason]}`)
            .join('; ')}.`;
  }
  const noTie =
    result.noTie.length === 0
      ? null
      : `${plural(result.noTie.length, 'organisation has', 'organisations have')} no sourced cooperation tie: ${names(result.noTie.map(label))}.`;
  const grouping = `Brokerage roles are counted ${result.grouping.reason}; organisations without a group have no roles.`;
  const possible =
    b === null || b.possibleMembers.length === 0
      ? null
      : `${plural(b.possibleMembers.length, 'possible member', 'possible members')} (grade C, drawn dashed): ${names(b.possibleMembers.map(label))}; ${
          b.includePossibleMembers ? 'counted as members' : 'left out of member counts'
        }.`;
  return { network, activities, drawn, noTie, grouping, possible };
}
