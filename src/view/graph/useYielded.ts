// A value computed in a task of its own after the render that asks for it, so a long
// computation (the overview of a large network) does not add to the task that opened it.
import { useEffect, useState } from 'react';

/**
 * `compute()` run in a later task whenever `deps` change; undefined until then (and while the
 * value for the current `deps` is still being computed).
 */
export function useYielded<T>(compute: () => T, deps: readonly unknown[]): T | undefined {
  const [done, setDone] = useState<{ deps: readonly unknown[]; value: T }>();
  useEffect(() => {
    const timer = setTimeout(() => setDone({ deps, value: compute() }), 0);
    return () => clearTimeout(timer);
    // `compute` reads only `deps` (the caller's contract, as for useMemo).
  }, deps);
  const current = done !== undefined && done.deps.every((d, i) => Object.is(d, deps[i]));
  return current ? done.value : undefined;
}
