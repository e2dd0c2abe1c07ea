// The worker side of the kernel protocol, shared by the browser's Web Worker and Node's
// worker_threads entry: keeps one workspace and one set of partial sums per job.
import { KernelWorkspace, accumulateSources } from './brandes';
import { accumulateConstraint } from './constraint';
import {
  createPartialSums,
  isKernelRequest,
  partialSumsBuffers,
  type KernelResponse,
  type PartialSums,
} from './kernelMessages';

export type PostResponse = (message: KernelResponse, transfer: ArrayBuffer[]) => void;

/**
 * A message handler for a kernel worker: `init` builds the workspace, each `batch` runs its
 * sources and constraint nodes and answers `batchDone`, `finish` sends the partial sums
 * (transferring their buffers) and forgets the job. Failures are answered with `error`.
 */
export function createKernelWorkerHandler(post: PostResponse): (message: unknown) => void {
  let workspace: KernelWorkspace | null = null;
  let sums: PartialSums | null = null;
  return (message: unknown) => {
    try {
      if (!isKernelRequest(message)) throw new Error('unknown message');
      switch (message.type) {
        case 'init':
          workspace = new KernelWorkspace(message.csr, message.metrics, message.squares);
          sums = createPartialSums(message.csr.order);
          break;
        case 'batch':
          if (workspace === null || sums === null) throw new Error('batch before init');
          accumulateSources(workspace, message.sources, sums);
          if (workspace.metrics.constraint) {
            accumulateConstraint(workspace, message.constraintNodes, sums);
          }
          post({ type: 'batchDone', batchId: message.batchId }, []);
          break;
        case 'finish': {
          if (sums === null) throw new Error('finish before init');
          const done = sums;
          workspace = null;
          sums = null;
          post({ type: 'sums', sums: done }, partialSumsBuffers(done));
          break;
        }
      }
    } catch (e) {
      post({ type: 'error', message: e instanceof Error ? e.message : String(e) }, []);
    }
  };
}
