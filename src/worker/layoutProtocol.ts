// Messages between the page and the layout worker (layout.worker.ts, layoutClient.ts).

/** What to lay out: nodes 0..n-1 and the links between them, by index. */
export interface LayoutInput {
  n: number;
  source: Int32Array;
  target: Int32Array;
  weight?: Float32Array;
  /** Refine from these positions (x0, y0, ...) instead of starting afresh from the coarsest level. */
  start?: Float32Array;
}

export interface LayoutRequest extends LayoutInput {
  jobId: number;
  seed: number;
  /** Stop after this long (ms), wherever the layout is. */
  budgetMs: number;
}

/** Positions streamed back: x0, y0, x1, y1, ... for the nodes in input order. */
export interface LayoutPositions {
  jobId: number;
  positions: Float32Array;
  /** The level laid out (0 is the network itself) and the number of levels. */
  level: number;
  levels: number;
  /** The last message of the job: the layout finished or its budget ran out. */
  final: boolean;
}
