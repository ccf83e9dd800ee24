// A debounced, latest-wins runner: many quick requests, one call after a pause, and only the newest result delivered.

export interface LatestWinsOptions<I, R> {
  /** Waits this long after the last request before running. */
  delayMs: number;
  run: (input: I) => Promise<R>;
  onResult: (result: R, input: I) => void;
  onError: (reason: unknown, input: I) => void;
}

export interface LatestWins<I> {
  /** Asks for a run with `input`; replaces any request still waiting. */
  request(input: I): void;
  /** Runs now with `input`, skipping the wait (e.g. when a post has just been opened). */
  runNow(input: I): void;
  /** Drops the waiting request and any result still in flight. */
  cancel(): void;
}

export function latestWins<I, R>(options: LatestWinsOptions<I, R>): LatestWins<I> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Each run takes a ticket; a result is delivered only if no newer run started since,
  // so a slow render of an old buffer never overwrites a newer preview.
  let ticket = 0;

  function clearTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function start(input: I): void {
    const mine = ++ticket;
    options.run(input).then(
      (result) => {
        if (mine === ticket) options.onResult(result, input);
      },
      (reason: unknown) => {
        if (mine === ticket) options.onError(reason, input);
      },
    );
  }

  return {
    request(input) {
      clearTimer();
      timer = setTimeout(() => {
        timer = null;
        start(input);
      }, options.delayMs);
    },
    runNow(input) {
      clearTimer();
      start(input);
    },
    cancel() {
      clearTimer();
      ticket++;
    },
  };
}
