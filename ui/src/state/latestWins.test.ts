import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestWins } from './latestWins';

/** A run whose promises the test settles by hand, in any order. */
function manualRun() {
  const pending = new Map<string, { resolve: (v: string) => void; reject: (e: unknown) => void }>();
  const run = vi.fn(
    (input: string) =>
      new Promise<string>((resolve, reject) => {
        pending.set(input, { resolve, reject });
      }),
  );
  return { run, pending };
}

describe('latestWins', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, with the last input, after the pause', async () => {
    const { run, pending } = manualRun();
    const onResult = vi.fn();
    const runner = latestWins({ delayMs: 80, run, onResult, onError: vi.fn() });
    runner.request('a');
    vi.advanceTimersByTime(50);
    runner.request('ab');
    vi.advanceTimersByTime(50);
    runner.request('abc');
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(80);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith('abc');
    pending.get('abc')?.resolve('<p>abc</p>');
    await vi.runAllTimersAsync();
    expect(onResult).toHaveBeenCalledWith('<p>abc</p>', 'abc');
  });

  it('drops a slow older result that arrives after a newer one', async () => {
    const { run, pending } = manualRun();
    const onResult = vi.fn();
    const runner = latestWins({ delayMs: 80, run, onResult, onError: vi.fn() });
    runner.runNow('old');
    runner.runNow('new');
    pending.get('new')?.resolve('NEW');
    pending.get('old')?.resolve('OLD');
    await vi.runAllTimersAsync();
    expect(onResult.mock.calls).toEqual([['NEW', 'new']]);
  });

  it('reports only the latest failure', async () => {
    const { run, pending } = manualRun();
    const onError = vi.fn();
    const runner = latestWins({ delayMs: 80, run, onResult: vi.fn(), onError });
    runner.runNow('old');
    runner.runNow('new');
    pending.get('old')?.reject('stale failure');
    pending.get('new')?.reject('current failure');
    await vi.runAllTimersAsync();
    expect(onError.mock.calls).toEqual([['current failure', 'new']]);
  });

  it('cancel drops the waiting request and the result in flight', async () => {
    const { run, pending } = manualRun();
    const onResult = vi.fn();
    const runner = latestWins({ delayMs: 80, run, onResult, onError: vi.fn() });
    runner.runNow('flying');
    runner.request('waiting');
    runner.cancel();
    vi.advanceTimersByTime(500);
    pending.get('flying')?.resolve('late');
    await vi.runAllTimersAsync();
    expect(run).toHaveBeenCalledTimes(1);
    expect(onResult).not.toHaveBeenCalled();
  });
});
