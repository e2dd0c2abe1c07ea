// The overview's legend line and controls over the canvas: what is shown ("Overview: 37 groups by
// cluster standing for ..."), the way back from a drilled group, and the picked group's actions.
import { useStore } from '../../state/store';
import { EXPAND_IN_PLACE_LIMIT, selectGrouped, tooBigToExpand } from '../../state/overview';
import { describeOverview, type OverviewGroup } from '../../model/overview';
import { OVERLAY_PROPS } from './canvasOverlays';

const fmt = (n: number) => n.toLocaleString('en-GB');
const caption = (g: OverviewGroup) => `${g.label} (${fmt(g.members.length)})`;

export function OverviewBar({
  active,
  onActive,
  droppedLinks,
  drawnLinks,
}: {
  active: string | null;
  onActive: (groupId: string | null) => void;
  /** Links left out of the drawing (see DRAWN_LINKS_LIMIT). */
  droppedLinks: number;
  drawnLinks: number;
}) {
  const grouped = useStore(selectGrouped);
  const overview = useStore((s) => s.overview);
  const { expandGroup, collapseGroup, drillGroup } = useStore.getState();
  const drilled = overview.drill !== null ? grouped.byId.get(overview.drill) : undefined;
  const picked = active !== null && !drilled ? grouped.byId.get(active) : undefined;
  return (
    <div className="overview-bar" {...OVERLAY_PROPS} data-testid="overview-bar">
      {drilled ? (
        <nav aria-label="Overview path">
          <button type="button" className="link-button" onClick={() => drillGroup(null)}>
            Back to overview
          </button>
          <span aria-hidden="true"> › </span>
          <span data-testid="overview-legend">
            {caption(drilled)}: its {fmt(drilled.members.length)} organisations and the{' '}
            {fmt(drilled.internalLinks)} links between them
            {droppedLinks > 0 && ` (${fmt(drawnLinks)} drawn, those of the best linked)`}
          </span>
        </nav>
      ) : (
        <p data-testid="overview-legend">
          {describeOverview(grouped, overview.expanded.length)}. Double-click a group to open it.
        </p>
      )}
      {picked && (
        <div className="overview-actions" role="group" aria-label={`Group ${picked.label}`}>
          <span>{caption(picked)}</span>
          {overview.expanded.includes(picked.id) ? (
            <button type="button" onClick={() => collapseGroup(picked.id)}>
              Collapse
            </button>
          ) : tooBigToExpand(grouped, picked.id) ? (
            <span className="overview-why">
              Over {EXPAND_IN_PLACE_LIMIT} members: shown on its own instead of in place
            </span>
          ) : (
            <button type="button" onClick={() => expandGroup(picked.id)}>
              Expand in place
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              drillGroup(picked.id);
              onActive(null);
            }}
          >
            Show on its own
          </button>
        </div>
      )}
      {!drilled && overview.expanded.length > 0 && (
        <div className="overview-actions" role="group" aria-label="Opened groups">
          {overview.expanded.map((id) => {
            const g = grouped.byId.get(id);
            return g ? (
              <button key={id} type="button" onClick={() => collapseGroup(id)}>
                Collapse {g.label}
              </button>
            ) : null;
          })}
        </div>
      )}
    </div>
  );
}
