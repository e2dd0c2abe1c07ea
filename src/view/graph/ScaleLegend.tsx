// The legend of the analysis mapping: what node size and colour mean, with their ranges.
import { METRICS } from '../../state/analysisTypes';
import { useStore } from '../../state/store';
import { selectAnalysisResult } from '../../state/slices/analysisSlice';
import { metricValues, rampColor, scaleOf } from './metricStyle';
import { communitySwatches } from './communityColours';
import { selectIndex } from '../../state/selectors';
import { selectAnalysisPlan } from '../../state/analysisPlanSelector';
import { formatMetric } from '../panels/analysis/formatMetric';
import { OVERLAY_PROPS } from './canvasOverlays';

const labelOf = (key: string) => METRICS.find((m) => m.key === key)?.label ?? key;

export function ScaleLegend() {
  const result = useStore(selectAnalysisResult);
  const sizeBy = useStore((s) => s.sizeBy);
  const colorBy = useStore((s) => s.colorBy);
  const highlight = useStore((s) => s.highlight);
  // Read only with a result, so a network being replaced costs nothing here.
  const index = useStore((s) => (selectAnalysisResult(s) ? selectIndex(s) : undefined));
  const plan = useStore((s) => (selectAnalysisResult(s) ? selectAnalysisPlan(s) : undefined));
  if (!result || !index || !plan) return null;
  const leftOut = plan.summary.leftOut.reduce((n, r) => n + r.count, 0);
  const possible = plan.summary.possibleMembers.length;
  if (!sizeBy && colorBy === 'type' && highlight === 'none' && leftOut === 0 && possible === 0)
    return null;
  const sizeScale = sizeBy ? scaleOf(metricValues(result, sizeBy)) : undefined;
  const colorScale =
    colorBy !== 'type' && colorBy !== 'community'
      ? scaleOf(metricValues(result, colorBy))
      : undefined;
  return (
    <div
      className="scale-legend"
      data-testid="scale-legend"
      aria-label="Analysis legend"
      {...OVERLAY_PROPS}
    >
      {sizeBy && sizeScale && (
        <p>
          <strong>Size: {labelOf(sizeBy)}</strong> <span className="dot small" aria-hidden="true" />{' '}
          {formatMetric(sizeScale.min)} … <span className="dot large" aria-hidden="true" />{' '}
          {formatMetric(sizeScale.max)}
        </p>
      )}
      {colorScale && colorBy !== 'type' && colorBy !== 'community' && (
        <p>
          <strong>Colour: {labelOf(colorBy)}</strong> {formatMetric(colorScale.min)}{' '}
          <span
            className="ramp"
            aria-hidden="true"
            style={{
              background: `linear-gradient(to right, ${[0, 0.25, 0.5, 0.75, 1].map(rampColor).join(', ')})`,
            }}
          />{' '}
          {formatMetric(colorScale.max)}
        </p>
      )}
      {colorBy === 'community' && (
        <div>
          <strong>Colour: community</strong> ({result.graph.communities}), named after the
          organisation with most links
          <ul className="swatches" data-testid="community-swatches">
            {communitySwatches(result, (id) => index.organisations.get(id)?.label ?? id).map(
              (w) => (
                <li key={w.colour}>
                  <span className="swatch" style={{ background: w.colour }} aria-hidden="true" />{' '}
                  {w.name}
                </li>
              ),
            )}
          </ul>
        </div>
      )}
      {leftOut > 0 && (
        <p data-testid="legend-left-out">
          <strong>Faded</strong>: left out of the analysis ({leftOut} links: membership is used as
          grouping, not as a tie; see the Analysis tab)
        </p>
      )}
      {possible > 0 && (
        <p>
          <strong>Dashed</strong>: possible member, grade C ({possible};{' '}
          {plan.summary.includePossibleMembers ? 'counted as members' : 'not counted as members'})
        </p>
      )}
      {highlight === 'bridges' && (
        <p>
          <span className="swatch line-red" aria-hidden="true" /> <strong>Bridges</strong>: links
          whose loss cuts off two or more organisations ({result.majorBridges.length}) · red double
          ring: single points of failure ({result.articulationPoints.length})
        </p>
      )}
      {highlight === 'cross-cluster' && (
        <p>
          <span className="swatch line-blue" aria-hidden="true" />{' '}
          <strong>Links between clusters</strong> ({result.crossClusterLinks.length})
        </p>
      )}
    </div>
  );
}
