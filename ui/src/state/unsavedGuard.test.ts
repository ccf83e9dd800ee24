import { describe, expect, it } from 'vitest';
import { UnsavedGuard, guardUnsaved } from './unsavedGuard.svelte';

function run(dirty: boolean, answer: 'save' | 'discard' | 'cancel' | null, saveWorks = true) {
  const guard = new UnsavedGuard();
  const log: string[] = [];
  const done = guardUnsaved(
    dirty,
    guard,
    async () => {
      log.push('save');
      return saveWorks;
    },
    () => void log.push('proceed'),
  );
  if (answer !== null) {
    expect(guard.asking).toBe(true);
    guard.answer(answer);
  }
  return { done, log, guard };
}

describe('guardUnsaved', () => {
  it('proceeds at once with a clean buffer, without asking', async () => {
    const { done, log, guard } = run(false, null);
    expect(await done).toBe(true);
    expect(guard.asking).toBe(false);
    expect(log).toEqual(['proceed']);
  });

  it('saves first when the writer chooses Save', async () => {
    const { done, log } = run(true, 'save');
    expect(await done).toBe(true);
    expect(log).toEqual(['save', 'proceed']);
  });

  it('stays when the save fails', async () => {
    const { done, log } = run(true, 'save', false);
    expect(await done).toBe(false);
    expect(log).toEqual(['save']);
  });

  it('proceeds without saving on Discard, and stays on Cancel', async () => {
    expect(await run(true, 'discard').done).toBe(true);
    const cancelled = run(true, 'cancel');
    expect(await cancelled.done).toBe(false);
    expect(cancelled.log).toEqual([]);
  });
});
