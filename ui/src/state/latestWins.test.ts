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

describe('latestWins without a pause (the live preview)', () => {
  it('starts at once when idle and coalesces requests made while a run is in flight', async () => {
    const { run, pending } = manualRun();
    const onResult = vi.fn();
    const runner = latestWins({ delayMs: 0, run, onResult, onError: vi.fn() });
    runner.request('a');
    expect(run.mock.calls).toEqual([['a']]);
    runner.request('ab');
    runner.request('abc');
    expect(run).toHaveBeenCalledTimes(1);
    pending.get('a')?.resolve('A');
    await Promise.resolve();
    await Promise.resolve();
    // The finished run is shown (it is newer than what was on screen), then the newest input runs alone.
    expect(onResult.mock.calls).toEqual([['A', 'a']]);
    expect(run.mock.calls).toEqual([['a'], ['abc']]);
    pending.get('abc')?.resolve('ABC');
    await Promise.resolve();
    await Promise.resolve();
    expect(onResult.mock.calls).toEqual([
      ['A', 'a'],
      ['ABC', 'abc'],
    ]);
    runner.request('abcd');
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('a failed run still starts the waiting one', async () => {
    const { run, pending } = manualRun();
    const onError = vi.fn();
    const runner = latestWins({ delayMs: 0, run, onResult: vi.fn(), onError });
    runner.request('bad');
    runner.request('good');
    pending.get('bad')?.reject('broken');
    await Promise.resolve();
    await Promise.resolve();
    expect(onError.mock.calls).toEqual([['broken', 'bad']]);
    expect(run.mock.calls).toEqual([['bad'], ['good']]);
  });

  it('after cancel a new request starts at once, and the cancelled run starts nothing when it lands', async () => {
    const { run, pending } = manualRun();
    const onResult = vi.fn();
    const runner = latestWins({ delayMs: 0, run, onResult, onError: vi.fn() });
    runner.request('old post');
    runner.request('old post, edited');
    runner.cancel();
    runner.request('new post');
    expect(run.mock.calls).toEqual([['old post'], ['new post']]);
    pending.get('old post')?.resolve('OLD');
    await Promise.resolve();
    await Promise.resolve();
    expect(run).toHaveBeenCalledTimes(2);
    expect(onResult).not.toHaveBeenCalled();
  });
});

describe('latestWins with a pause (the checks)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a pause that ends while a run is in flight waits for that run', async () => {
    const { run, pending } = manualRun();
    const onResult = vi.fn();
    const runner = latestWins({ delayMs: 100, run, onResult, onError: vi.fn() });
    runner.runNow('first');
    runner.request('second');
    vi.advanceTimersByTime(100);
    expect(run.mock.calls).toEqual([['first']]);
    pending.get('first')?.resolve('1');
    await vi.runAllTimersAsync();
    expect(run.mock.calls).toEqual([['first'], ['second']]);
    pending.get('second')?.resolve('2');
    await vi.runAllTimersAsync();
    expect(onResult.mock.calls).toEqual([
      ['1', 'first'],
      ['2', 'second'],
    ]);
  });
});
