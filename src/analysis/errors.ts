// Typed errors raised by the analysis core; `code` is stable, the message names where.

/** An analysis could not run on the given graph or options. */
export class AnalysisError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AnalysisError';
  }
}
