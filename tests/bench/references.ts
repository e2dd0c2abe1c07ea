// Reference computations and machine facts for the benchmark: harmonic closeness with
// graphology-shortest-path (graphology-metrics has none), the largest difference between the
// kernel's values and a reference's, and the machine's CPU pressure.
import { readFileSync } from 'node:fs';
import type Graph from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path/unweighted';
import type { PathMetricsResult } from '../../src/analysis/kernel/pathMetrics';
import type { KernelMetrics } from '../../src/analysis/kernel/kernelMessages';

/** Harmonic closeness by graphology-shortest-path BFS from every node (not in graphology-metrics). */
export function harmonicBySingleSourceLength(graph: Graph): Record<string, number> {
  const out: Record<string, number> = {};
  graph.forEachNode((node) => {
    const lengths = singleSourceLength(graph, node);
    let sum = 0;
    for (const key in lengths) {
      const d = lengths[key]!;
      if (d > 0) sum += 1 / d;
    }
    out[node] = sum;
  });
  return out;
}

/** Largest |kernel - reference| over the nodes for one metric. */
export function maxDifference(
  result: PathMetricsResult,
  metric: keyof KernelMetrics,
  reference: Record<string, number>,
): number {
  const values = result[metric];
  if (values === null) return NaN;
  let worst = 0;
  result.ids.forEach((id, i) => {
    worst = Math.max(worst, Math.abs(values[i]! - (reference[id] ?? NaN)));
  });
  return worst;
}

/** ", CPU pressure ...%" from Linux's /proc/pressure/cpu (avg60), or "" where unavailable. */
export function cpuPressure(): string {
  try {
    const line = readFileSync('/proc/pressure/cpu', 'utf8').split('\n')[0] ?? '';
    const avg60 = /avg60=([0-9.]+)/.exec(line)?.[1];
    return avg60 === undefined
      ? ''
      : `, CPU pressure (time runnable tasks waited, last 60 s) ${avg60}%`;
  } catch {
    return '';
  }
}
