import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './idle';

describe('whenIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the work once, after the pause', async () => {
    const work = vi.fn();
    whenIdle(work, 120);
    await vi.advanceTimersByTimeAsync(119);
    expect(work).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('does nothing once called off, even when the pause is over', async () => {
    const work = vi.fn();
    const stop = whenIdle(work, 120);
    await vi.advanceTimersByTimeAsync(120);
    stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(work).not.toHaveBeenCalled();
  });
});
