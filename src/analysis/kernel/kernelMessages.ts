// Types shared by the kernel, its worker entries (browser and Node) and the pools that drive
// them: which metrics to compute, the partial sums a worker accumulates, and the messages.
import type { CsrArrays } from './csr';

/** Which metrics a pass computes. */
export interface KernelMetrics {
  readonly betweenness: boolean;
  readonly closeness: boolean;
  readonly harmonic: boolean;
  readonly constraint: boolean;
}

/**
 * What a worker accumulates over the sources it was given; the pool adds them up.
 * Arrays are indexed by CSR node index and all have length n.
 */
export interface PartialSums {
  /** Sum over processed sources s of Brandes' dependency delta_s(v) (ordered pairs). */
  readonly betweenness: Float64Array<ArrayBuffer>;
  /** Sum over processed sources s of delta_s(v)^2 (for the sampling error); zeros if unused. */
  readonly betweennessSquares: Float64Array<ArrayBuffer>;
  /** Per source s: sum of shortest-path distances to the nodes it reaches. */
  readonly distanceSum: Float64Array<ArrayBuffer>;
  /** Per source s: number of nodes it reaches, itself excluded. */
  readonly reached: Float64Array<ArrayBuffer>;
  /** Per source s: sum of 1 / d(s, t) over the nodes t it reaches. */
  readonly harmonic: Float64Array<ArrayBuffer>;
  /** Per node: Burt's constraint (NaN for an isolate); 0 where not computed. */
  readonly constraint: Float64Array<ArrayBuffer>;
}

export function createPartialSums(order: number): PartialSums {
  return {
    betweenness: new Float64Array(order),
    betweennessSquares: new Float64Array(order),
    distanceSum: new Float64Array(order),
    reached: new Float64Array(order),
    harmonic: new Float64Array(order),
    constraint: new Float64Array(order),
  };
}

/** Adds `from` into `into`, element-wise. */
export function addPartialSums(into: PartialSums, from: PartialSums): void {
  const keys = [
    'betweenness',
    'betweennessSquares',
    'distanceSum',
    'reached',
    'harmonic',
    'constraint',
  ] as const;
  for (const key of keys) {
    const a = into[key];
    const b = from[key];
    for (let i = 0; i < a.length; i++) a[i] = a[i]! + b[i]!;
  }
}

export function partialSumsBuffers(sums: PartialSums): ArrayBuffer[] {
  return [
    sums.betweenness.buffer,
    sums.betweennessSquares.buffer,
    sums.distanceSum.buffer,
    sums.reached.buffer,
    sums.harmonic.buffer,
    sums.constraint.buffer,
  ];
}

/** Main thread -> worker. `init` is sent once per worker, with copies of the CSR buffers. */
export type KernelRequest =
  | {
      readonly type: 'init';
      readonly csr: CsrArrays;
      readonly metrics: KernelMetrics;
      /** Accumulate delta^2 as well (sampling). */
      readonly squares: boolean;
    }
  | {
      readonly type: 'batch';
      readonly batchId: number;
      /** Sources whose shortest-path pass runs in this batch. */
      readonly sources: Int32Array<ArrayBuffer>;
      /** Nodes whose constraint is computed in this batch. */
      readonly constraintNodes: Int32Array<ArrayBuffer>;
    }
  | { readonly type: 'finish' };

/** Worker -> main thread. */
export type KernelResponse =
  | { readonly type: 'batchDone'; readonly batchId: number }
  | { readonly type: 'sums'; readonly sums: PartialSums }
  | { readonly type: 'error'; readonly message: string };

/** Progress of a job: units are sources (or nodes for a constraint-only job). */
export interface KernelProgress {
  readonly done: number;
  readonly total: number;
  /** Estimated milliseconds left, from the mean time per unit so far; null before any batch. */
  readonly etaMs: number | null;
}

/** True when a message received from a worker has the shape of a KernelResponse. */
export function isKernelResponse(value: unknown): value is KernelResponse {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  const type = (value as { type: unknown }).type;
  return type === 'batchDone' || type === 'sums' || type === 'error';
}

/** True when a message received by a worker has the shape of a KernelRequest. */
export function isKernelRequest(value: unknown): value is KernelRequest {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  const type = (value as { type: unknown }).type;
  return type === 'init' || type === 'batch' || type === 'finish';
}
