// The one typed error of the analysis core and its path-metrics kernel; `code` is stable, the
// message names where.

/** Codes the path-metrics kernel and its worker pools raise. */
export const KERNEL_ERROR_CODES = [
  'invalid-edge-value',
  'unknown-node',
  'invalid-option',
  'aborted',
  'worker-failed',
] as const;
export type KernelErrorCode = (typeof KERNEL_ERROR_CODES)[number];

/**
 * An analysis could not run on the given graph or options, or the kernel failed (a kernel code).
 * Named "AbortError" when cancelled, as DOM aborts are.
 */
export class AnalysisError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = code === 'aborted' ? 'AbortError' : 'AnalysisError';
  }
}

/** True for an error the kernel raised (bad edge value, option, abort, failed worker). */
export const isKernelError = (e: unknown): e is AnalysisError & { code: KernelErrorCode } =>
  e instanceof AnalysisError && (KERNEL_ERROR_CODES as readonly string[]).includes(e.code);
