// Notices: information closes by itself after 8 s of running time; pausing keeps the time left.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  INFO_NOTICE_MS,
  noticeLifetime,
  startCountdown,
} from '../../../src/view/components/noticeTimer';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('notice countdown', () => {
  it('only information closes by itself', () => {
    expect(noticeLifetime('info')).toBe(INFO_NOTICE_MS);
    expect(noticeLifetime('warning')).toBeNull();
    expect(noticeLifetime('error')).toBeNull();
  });

  it('fires after its time, and paused time does not count', () => {
    const done = vi.fn();
    const c = startCountdown(8000, done);
    vi.advanceTimersByTime(5000);
    c.pause();
    vi.advanceTimersByTime(60000);
    expect(done).not.toHaveBeenCalled();
    c.resume();
    vi.advanceTimersByTime(2999);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('cancelled, it never fires', () => {
    const done = vi.fn();
    startCountdown(100, done).cancel();
    vi.advanceTimersByTime(1000);
    expect(done).not.toHaveBeenCalled();
  });
});
