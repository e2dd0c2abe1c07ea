// The last line of defence: an unexpected exception in a reader becomes an 'internal' problem.
import { problem, type Problem } from '../model/problem';
import { BudgetExceeded } from './budget';

/** An unexpected failure, named by file, in plain words. */
export function internalProblem(file: string, e: unknown): Problem {
  const msg = e instanceof Error ? e.message : String(e);
  return problem('error', 'internal', `${file} could not be read (an unexpected error: ${msg})`, {
    file,
  });
}

/** Run a reader; if it throws, return only an internal problem (plus the empty extras given); a budget running out passes through. */
export function guard<T extends { problems: Problem[] }>(
  file: string,
  run: () => T,
  extras: Omit<T, 'problems' | 'dataset'>,
): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof BudgetExceeded) throw e; // importFiles says which limit was reached
    return { ...extras, problems: [internalProblem(file, e)] } as T;
  }
}
