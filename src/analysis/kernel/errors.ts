// Typed errors of the path-metrics kernel: every failure carries a code and says where.

export type KernelErrorCode =
  'invalid-edge-value' | 'unknown-node' | 'invalid-option' | 'aborted' | 'worker-failed';

export class KernelError extends Error {
  readonly code: KernelErrorCode;

  constructor(code: KernelErrorCode, message: string) {
    super(message);
    this.name = code === 'aborted' ? 'AbortError' : 'KernelError';
    this.code = code;
  }
}
