// fcose is time-boxed by network size: full quality for a cluster, a cheaper pass above that.
import { describe, expect, it } from 'vitest';
import { FCOSE_PROOF_MAX_NODES, fcoseOptionsFor } from '../../../src/view/graph/layouts';
import { LARGE_LAYOUT_NODES } from '../../../src/view/graph/largeLayout';

describe('fcoseOptionsFor', () => {
  it("keeps 'proof' quality and 2,500 iterations for a network the size of LITEK", () => {
    expect(fcoseOptionsFor(112)).toMatchObject({ quality: 'proof', numIter: 2500 });
    expect(fcoseOptionsFor(FCOSE_PROOF_MAX_NODES)).toMatchObject({ quality: 'proof' });
  });

  it("draws larger networks at 'default' quality with fewer iterations, below the worker's size", () => {
    expect(FCOSE_PROOF_MAX_NODES).toBeLessThan(LARGE_LAYOUT_NODES);
    const opts = fcoseOptionsFor(FCOSE_PROOF_MAX_NODES + 1);
    expect(opts).toMatchObject({ quality: 'default', numIter: 1000, nodeRepulsion: 4500 });
  });
});
