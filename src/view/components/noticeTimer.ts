// How long a notice stays on its own, and a countdown that can pause (while the person reads it
// with the pointer or keyboard focus on it) and resume with the time that was left.
import type { Notice } from '../../state/slices/viewSlice';

/** Information closes by itself; warnings and errors ask for something and stay until dismissed. */
export const INFO_NOTICE_MS = 8000;

export function noticeLifetime(level: Notice['level']): number | null {
  return level === 'info' ? INFO_NOTICE_MS : null;
}

export interface Countdown {
  pause(): void;
  resume(): void;
  cancel(): void;
}

/** Calls `done` after `ms` of running time; paused time does not count. */
export function startCountdown(
  ms: number,
  done: () => void,
  clock: { now(): number } = Date,
): Countdown {
  let left = ms;
  let started = clock.now();
  let timer: ReturnType<typeof setTimeout> | null = setTimeout(done, left);
  return {
    pause() {
      if (timer === null) return;
      clearTimeout(timer);
      timer = null;
      left = Math.max(0, left - (clock.now() - started));
    },
    resume() {
      if (timer !== null) return;
      started = clock.now();
      timer = setTimeout(done, left);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
