// A latest-wins runner: at most one run in flight, requests made meanwhile coalesced into one run of the newest input.

export interface LatestWinsOptions<I, R> {
  /**
   * Waits this long after the last request before running (a debounce). With 0 a request
   * starts at once when nothing is running: the live preview renders every keystroke it can.
   */
  delayMs: number;
  run: (input: I) => Promise<R>;
  onResult: (result: R, input: I) => void;
  onError: (reason: unknown, input: I) => void;
}

export interface LatestWins<I> {
  /** Asks for a run with `input`; replaces any request still waiting. */
  request(input: I): void;
  /** Runs now with `input`, skipping the wait and any run in flight (e.g. a post has just been opened). */
  runNow(input: I): void;
  /** Drops the waiting request and any result still in flight. */
  cancel(): void;
}

export function latestWins<I, R>(options: LatestWinsOptions<I, R>): LatestWins<I> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Each run takes a ticket; a result is delivered only if no newer run started since,
  // so a slow result for an old input never overwrites a newer one.
  let ticket = 0;
  // The ticket of the run in flight whose end should start the waiting request; null when idle.
  let flying: number | null = null;
  // The newest input that asked to run while a run was in flight.
  let waiting: { input: I } | null = null;

  function clearTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function landed(mine: number): void {
    if (flying !== mine) return;
    flying = null;
    // Everything typed during the run goes in one run of the newest text.
    if (waiting !== null && timer === null) {
      const next = waiting.input;
      waiting = null;
      start(next);
    }
  }

  function start(input: I): void {
    const mine = ++ticket;
    flying = mine;
    options.run(input).then(
      (result) => {
        if (mine === ticket) options.onResult(result, input);
        landed(mine);
      },
      (reason: unknown) => {
        if (mine === ticket) options.onError(reason, input);
        landed(mine);
      },
    );
  }

  function startOrWait(input: I): void {
    if (flying === null) start(input);
    else waiting = { input };
  }

  return {
    request(input) {
      clearTimer();
      if (options.delayMs <= 0) {
        startOrWait(input);
        return;
      }
      // This input replaces one waiting on a run in flight; it runs when the pause ends.
      waiting = null;
      timer = setTimeout(() => {
        timer = null;
        startOrWait(input);
      }, options.delayMs);
    },
    runNow(input) {
      clearTimer();
      waiting = null;
      start(input);
    },
    cancel() {
      clearTimer();
      waiting = null;
      flying = null;
      ticket++;
    },
  };
}
