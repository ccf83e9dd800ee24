import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from './autosave';

function setup(delayMs = 2000) {
  const world = { composing: false, dirty: true, saves: 0 };
  const autosave = createAutosave({
    delayMs,
    isComposing: () => world.composing,
    isDirty: () => world.dirty,
    save: () => world.saves++,
  });
  return { world, autosave };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('saves once after a pause in typing, not during it', () => {
    const { world, autosave } = setup();
    autosave.edited();
    vi.advanceTimersByTime(1500);
    autosave.edited();
    vi.advanceTimersByTime(1500);
    expect(world.saves).toBe(0);
    vi.advanceTimersByTime(500);
    expect(world.saves).toBe(1);
  });

  it('saves at once when the window loses focus', () => {
    const { world, autosave } = setup();
    autosave.edited();
    autosave.blurred();
    expect(world.saves).toBe(1);
    vi.advanceTimersByTime(5000);
    expect(world.saves).toBe(1);
  });

  it('holds a save during an IME composition and runs it when the composition ends', () => {
    const { world, autosave } = setup();
    world.composing = true;
    autosave.edited();
    vi.advanceTimersByTime(2000);
    autosave.blurred();
    expect(world.saves).toBe(0);
    world.composing = false;
    autosave.compositionEnded();
    expect(world.saves).toBe(1);
  });

  it('does nothing for a clean buffer', () => {
    const { world, autosave } = setup();
    world.dirty = false;
    autosave.edited();
    vi.advanceTimersByTime(2000);
    autosave.blurred();
    expect(world.saves).toBe(0);
  });

  it('with a delay of 0 saves only on blur', () => {
    const { world, autosave } = setup(0);
    autosave.edited();
    vi.advanceTimersByTime(60_000);
    expect(world.saves).toBe(0);
    autosave.blurred();
    expect(world.saves).toBe(1);
  });
});
