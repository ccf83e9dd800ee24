import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJournal } from './journal';

describe('journal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const calls: string[] = [];
    const journal = createJournal({
      delayMs: 400,
      record: async (path, text) => void calls.push(`record ${path} ${text}`),
      clear: async (path) => void calls.push(`clear ${path}`),
    });
    return { calls, journal };
  }

  it('journals steady typing at least every delay, with the latest text', async () => {
    const { calls, journal } = setup();
    let text = '';
    for (let i = 0; i < 10; i++) {
      text += 'a';
      journal.edited('p.md', () => ({ text, base: '' }));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(calls).toEqual(['record p.md aaaa', 'record p.md aaaaaaaa']);
  });

  it('a save clears the entry and a pending record does not bring it back', async () => {
    const { calls, journal } = setup();
    journal.edited('p.md', () => ({ text: 'x', base: '' }));
    journal.saved('p.md', () => null);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual(['clear p.md']);
  });

  it('text typed during a save stays journaled', async () => {
    const { calls, journal } = setup();
    journal.saved('p.md', () => ({ text: 'typed meanwhile', base: 'saved' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual(['record p.md typed meanwhile']);
  });
});
