// A reader's budget: a time limit and an abort signal, checked while parsing (works in a worker too).
import { formatCount } from './limits';

/** How long one import may take before it stops (the page may also stop it sooner). */
export const DEFAULT_TIME_LIMIT_MS = 30_000;

export interface ReadBudget {
  /** Stop when this signal aborts (a Cancel button, or a worker being replaced). */
  signal?: AbortSignal;
  /** Milliseconds from the start of reading; default DEFAULT_TIME_LIMIT_MS. */
  timeLimitMs?: number;
}

/** Thrown inside a reader when a budget runs out; importFiles turns it into a problem. */
export class BudgetExceeded extends Error {
  constructor(
    readonly code: 'time-limit' | 'aborted',
    message: string,
  ) {
    super(message);
    this.name = 'BudgetExceeded';
  }
}

/**
 * A running budget. `tick()` is cheap enough to call per element: the clock and the signal are
 * looked at only every 4,096 ticks.
 */
export class Budget {
  private readonly deadline: number;
  private ticks = 0;

  constructor(
    private readonly options: ReadBudget = {},
    private readonly now: () => number = () => Date.now(),
  ) {
    this.deadline = now() + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  }

  tick(): void {
    if ((++this.ticks & 4095) === 0) this.check();
  }

  /** Look at the clock and the signal now. */
  check(): void {
    if (this.options.signal?.aborted)
      throw new BudgetExceeded('aborted', 'reading was stopped before it finished');
    if (this.now() > this.deadline) {
      const s = formatCount(Math.round((this.options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS) / 1000));
      throw new BudgetExceeded(
        'time-limit',
        `reading took longer than the time limit (${s} s); split the file into smaller ones, or remove columns and rows you do not need`,
      );
    }
  }
}

/** A budget that never runs out, for callers that give none (tests, small inputs). */
export const unlimited = (): Budget => new Budget({ timeLimitMs: Number.MAX_SAFE_INTEGER / 2 });
