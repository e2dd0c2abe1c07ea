// The analysis result as it crosses from the worker to the page: per-organisation metrics in
// typed-array columns (moved, not copied) instead of one object per organisation, whose
// structured clone is slow on the page for a network of thousands (see the README's benchmark).
import type { AnalysisResult } from './analyze';
import { BROKERAGE_ROLES, type BrokerageRole } from './brokerage';
import { fieldsOfKind, type FieldKey, type NodeMetrics } from './metrics';

/** Numeric metrics held as Float64Array columns; null is sent as NaN (finite values only otherwise). */
const NUMBER_KEYS = fieldsOfKind('number');
const NULLABLE_KEYS = fieldsOfKind('nullable');
const FLAG_KEYS = fieldsOfKind('flag');

type Column = Float64Array<ArrayBuffer>;

/** Per-organisation metrics as columns, in the order of `ids`. */
export interface NodeColumns {
  ids: string[];
  numbers: Record<FieldKey<'number' | 'nullable'>, Column>;
  flags: Record<FieldKey<'flag'>, Uint8Array<ArrayBuffer>>;
  roles: Record<BrokerageRole, Column>;
  /** Only the organisations that have sector pairs: [position in ids, pairs]. */
  sectorPairs: Array<[number, Array<[string, string]>]>;
}

/** An AnalysisResult with its per-organisation metrics as columns. */
export type WireResult = Omit<AnalysisResult, 'nodes'> & { nodes: NodeColumns };

/** The result in columns, and the buffers to transfer with it. */
export function encodeResult(result: AnalysisResult): {
  wire: WireResult;
  transfer: ArrayBuffer[];
} {
  const n = result.nodes.size;
  const ids = [...result.nodes.keys()];
  const metrics = [...result.nodes.values()];
  const transfer: ArrayBuffer[] = [];
  const column = (read: (m: NodeMetrics) => number): Column => {
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) c[i] = read(metrics[i]!);
    transfer.push(c.buffer);
    return c;
  };
  const numbers = {} as NodeColumns['numbers'];
  for (const key of NUMBER_KEYS) numbers[key] = column((m) => m[key]);
  for (const key of NULLABLE_KEYS) numbers[key] = column((m) => m[key] ?? NaN);
  const flags = {} as NodeColumns['flags'];
  for (const key of FLAG_KEYS) {
    const c = new Uint8Array(n);
    for (let i = 0; i < n; i++) c[i] = metrics[i]![key] ? 1 : 0;
    transfer.push(c.buffer);
    flags[key] = c;
  }
  const roles = {} as NodeColumns['roles'];
  for (const key of BROKERAGE_ROLES) roles[key] = column((m) => m.brokerage[key]);
  const sectorPairs: NodeColumns['sectorPairs'] = [];
  metrics.forEach((m, i) => {
    if (m.sectorPairs.length > 0) sectorPairs.push([i, m.sectorPairs]);
  });
  return {
    wire: { ...result, nodes: { ids, numbers, flags, roles, sectorPairs } },
    transfer,
  };
}

/** The AnalysisResult a WireResult stands for (one NodeMetrics object per organisation again). */
export function decodeResult(wire: WireResult): AnalysisResult {
  const { ids, numbers: c, flags, roles, sectorPairs } = wire.nodes;
  const pairs = new Map(sectorPairs);
  const orNull = (x: number) => (Number.isNaN(x) ? null : x);
  const nodes = new Map<string, NodeMetrics>();
  for (let i = 0; i < ids.length; i++) {
    const m = { sectorPairs: pairs.get(i) ?? [], brokerage: {} } as NodeMetrics;
    for (const key of NUMBER_KEYS) m[key] = c[key][i]!;
    for (const key of NULLABLE_KEYS) m[key] = orNull(c[key][i]!);
    for (const key of FLAG_KEYS) m[key] = flags[key][i] === 1;
    for (const key of BROKERAGE_ROLES) m.brokerage[key] = roles[key][i]!;
    nodes.set(ids[i]!, m);
  }
  return { ...wire, nodes };
}
