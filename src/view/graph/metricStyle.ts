// Pure mapping from analysis results to node sizes and colours, and the scales the legend shows.
import type { AnalysisResult, MetricKey } from '../../state/analysisTypes';
import { MAX_NODE_SIZE, MIN_NODE_SIZE } from './toElements';
import { communityColour } from './communityColours';

/** A sequential, colour-blind-safe ramp (viridis stops), low to high. */
export const SEQUENTIAL = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];

export interface Scale {
  min: number;
  max: number;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Colour at t in [0, 1] along the sequential ramp. */
export function rampColor(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (SEQUENTIAL.length - 1);
  const i = Math.min(SEQUENTIAL.length - 2, Math.floor(x));
  const f = x - i;
  const a = hexToRgb(SEQUENTIAL[i]!);
  const b = hexToRgb(SEQUENTIAL[i + 1]!);
  const c = a.map((v, k) => Math.round(v + (b[k]! - v) * f));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export function metricValues(result: AnalysisResult, key: MetricKey): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, m] of result.nodes) {
    const v = m[key];
    if (typeof v === 'number' && Number.isFinite(v)) out.set(id, v);
  }
  return out;
}

export function scaleOf(values: Map<string, number>): Scale | undefined {
  if (values.size === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values.values()) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

const normalise = (v: number, s: Scale) => (s.max > s.min ? (v - s.min) / (s.max - s.min) : 0.5);

/** Smallest and largest node a metric maps to, in model units. */
export interface SizeRange {
  min: number;
  max: number;
}

/** Sizes of a cluster-sized network, whose nodes carry their labels. */
export const NODE_SIZES: SizeRange = { min: MIN_NODE_SIZE, max: MAX_NODE_SIZE };
/**
 * Sizes of a large network, whose nodes are DENSE_NODE_SIZE (12 units) across: at the cluster
 * sizes every node of the power grid covered its neighbours and the network drew as one grey
 * square.
 */
export const DENSE_NODE_SIZES: SizeRange = { min: 8, max: 40 };

/** Node size for a value: area grows with the value (square root), within the range. */
export function sizeFor(v: number, s: Scale, range: SizeRange = NODE_SIZES): number {
  return range.min + (range.max - range.min) * Math.sqrt(normalise(v, s));
}

export interface NodeLook {
  size?: number;
  color?: string;
}

/** Per organisation, the size and colour the analysis mapping asks for (absent = keep default). */
export function metricLooks(
  result: AnalysisResult,
  sizeBy: MetricKey | null,
  colorBy: 'type' | 'community' | MetricKey,
  sizes: SizeRange = NODE_SIZES,
): Map<string, NodeLook> {
  const looks = new Map<string, NodeLook>();
  const look = (id: string) => {
    const l = looks.get(id) ?? {};
    looks.set(id, l);
    return l;
  };
  if (sizeBy) {
    const values = metricValues(result, sizeBy);
    const s = scaleOf(values);
    if (s) for (const [id, v] of values) look(id).size = sizeFor(v, s, sizes);
  }
  if (colorBy === 'community') {
    const count = result.communities.length;
    for (const [id, m] of result.nodes) look(id).color = communityColour(m.community, count);
  } else if (colorBy !== 'type') {
    const values = metricValues(result, colorBy);
    const s = scaleOf(values);
    if (s) for (const [id, v] of values) look(id).color = rampColor(normalise(v, s));
  }
  return looks;
}
