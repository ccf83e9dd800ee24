import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { SaveSession } from './saveSession.svelte';

interface SaveArgs {
  path: string;
  text: string;
  base: string | null;
  force: boolean;
}

/** A disk holding one file; `post_save` behaves as the shell's does. */
function mockDisk(initial: string, fail?: { code: string; message: string }) {
  const disk = { text: initial, saves: [] as SaveArgs[] };
  mockIPC((cmd, args) => {
    if (cmd !== 'post_save') throw new Error(`unexpected ${cmd}`);
    const a = args as unknown as SaveArgs;
    disk.saves.push(a);
    if (fail) return Promise.reject(fail);
    if (!a.force && a.base !== null && disk.text !== a.base && disk.text !== a.text) {
      return { kind: 'conflict', disk: disk.text };
    }
    disk.text = a.text;
    return { kind: 'saved', summary: null };
  });
  return disk;
}

function session(base: string, buffer: { text: string }) {
  return new SaveSession({ path: 'content/a.md', base, text: () => buffer.text });
}

/** Unsaved text, an outside change, and a merge that left conflict markers in the buffer. */
function conflictingMerge() {
  mockDisk('theirs\n');
  const buffer = { text: 'mine\n' };
  const s = session('base\n', buffer);
  s.edited();
  s.externalChange('theirs\n');
  buffer.text = '<<<<<<< mine\nmine\n=======\ntheirs\n>>>>>>> disk\n';
  s.edited();
  s.merged(true);
  return { s, buffer };
}

afterEach(() => clearMocks());

describe('SaveSession', () => {
  it('starts saved, turns dirty on an edit and saved after a save', async () => {
    const disk = mockDisk('one');
    const buffer = { text: 'one' };
    const s = session('one', buffer);
    expect(s.state).toBe('saved');
    buffer.text = 'two';
    s.edited();
    expect(s.state).toBe('dirty');
    expect(await s.save()).toBe(true);
    expect(s.state).toBe('saved');
    expect(disk.text).toBe('two');
    expect(disk.saves[0]).toEqual({ path: 'content/a.md', text: 'two', base: 'one', force: false });
  });

  it('sends the last saved text as the base of the next save', async () => {
    const disk = mockDisk('one');
    const buffer = { text: 'two' };
    const s = session('one', buffer);
    s.edited();
    await s.save();
    buffer.text = 'three';
    s.edited();
    await s.save();
    expect(disk.saves[1].base).toBe('two');
  });

  it('stops at a conflict when the file changed on disk, and keeps mine with force', async () => {
    const disk = mockDisk('one');
    const buffer = { text: 'mine' };
    const s = session('one', buffer);
    disk.text = 'theirs';
    s.edited();
    expect(await s.save()).toBe(false);
    expect(s.state).toBe('conflict');
    expect(s.disk).toBe('theirs');
    expect(await s.save()).toBe(false); // autosave does not run over a conflict
    expect(await s.keepMine()).toBe(true);
    expect(disk.text).toBe('mine');
    expect(s.state).toBe('saved');
  });

  it('takes theirs: the buffer becomes the disk text and is clean', async () => {
    const disk = mockDisk('one');
    const buffer = { text: 'mine' };
    const s = session('one', buffer);
    disk.text = 'theirs';
    s.edited();
    await s.save();
    s.takeTheirs((text) => {
      buffer.text = text;
      s.edited();
    });
    expect(buffer.text).toBe('theirs');
    expect(s.state).toBe('saved');
    expect(s.dirty).toBe(false);
  });

  it('a series edit reloads a clean buffer, and the next save writes over the new text', async () => {
    const disk = mockDisk('one');
    const buffer = { text: 'one' };
    const s = session('one', buffer);
    disk.text = 'one, renumbered';
    const outcome = s.diskChanged('one, renumbered', (text) => {
      buffer.text = text;
      s.edited();
    });
    expect(outcome).toBe('reloaded');
    expect(buffer.text).toBe('one, renumbered');
    expect(s.state).toBe('saved');
    buffer.text = 'one, renumbered, edited';
    s.edited();
    expect(await s.save()).toBe(true);
    expect(disk.text).toBe('one, renumbered, edited');
  });

  it('a series edit under unsaved text keeps the text and asks (conflict)', async () => {
    const disk = mockDisk('one');
    const buffer = { text: 'mine' };
    const s = session('one', buffer);
    s.edited();
    disk.text = 'renumbered';
    expect(s.diskChanged('renumbered', () => (buffer.text = 'clobbered'))).toBe('conflict');
    expect(buffer.text).toBe('mine');
    expect(s.state).toBe('conflict');
    expect(s.disk).toBe('renumbered');
    expect(await s.save()).toBe(false);
    expect(disk.text).toBe('renumbered');
  });

  it('a file deleted during a conflict ends the conflict: the text is unsaved work with nothing under it', () => {
    mockDisk('one');
    const buffer = { text: 'mine' };
    const s = session('one', buffer);
    s.edited();
    expect(s.externalChange('theirs')).toBe('conflict');
    s.markGone({ kind: 'deleted' });
    expect(s.state).toBe('dirty');
    expect(s.disk).toBeNull();
    expect(s.gone).toEqual({ kind: 'deleted' });
    expect(buffer.text).toBe('mine');
  });

  it('keeps the text and shows the error when a save fails', async () => {
    mockDisk('one', { code: 'save-failed', message: 'disk full' });
    const buffer = { text: 'two' };
    const s = session('one', buffer);
    s.edited();
    expect(await s.save()).toBe(false);
    expect(s.state).toBe('error');
    expect(s.error?.message).toBe('disk full');
    expect(s.dirty).toBe(true);
    expect(buffer.text).toBe('two');
  });

  it('stays dirty when the writer typed while the save was on its way', async () => {
    mockDisk('one');
    const buffer = { text: 'two' };
    const s = session('one', buffer);
    s.edited();
    const saving = s.save();
    buffer.text = 'three';
    s.edited();
    await saving;
    expect(s.state).toBe('dirty');
  });

  it('a clean buffer follows an outside change; unsaved text turns the session to conflict instead', () => {
    const buffer = { text: 'one' };
    const s = session('one', buffer);
    expect(s.externalChange('two')).toBe('reload');
    buffer.text = 'two';
    s.edited();
    s.reloaded('two');
    expect(s.state).toBe('saved');
    expect(s.base).toBe('two');
    buffer.text = 'two, mine';
    s.edited();
    expect(s.externalChange('two, theirs')).toBe('conflict');
    expect(s.state).toBe('conflict');
    expect(s.disk).toBe('two, theirs');
  });

  it('a conflicting merge stays in conflict, refuses to save, until the markers are gone', async () => {
    const { s, buffer } = conflictingMerge();
    expect(s.state).toBe('conflict');
    expect(await s.save()).toBe(false);
    expect(await s.keepMine()).toBe(false);
    buffer.text = 'mine and theirs\n';
    s.edited();
    expect(s.state).toBe('dirty');
    expect(s.base).toBe('theirs\n');
    expect(await s.save()).toBe(true);
  });

  it('settles a merge by the new text it is told of, before the buffer shows it', () => {
    const { s } = conflictingMerge();
    // The editor reports the last marker's removal before its buffer holds the new text.
    s.edited(() => 'mine and theirs\n');
    expect(s.state).toBe('dirty');
  });

  it('an outside change to the same text as the buffer settles it as saved', () => {
    const buffer = { text: 'one' };
    const s = session('zero', buffer);
    s.edited();
    expect(s.externalChange('one')).toBe('same');
    expect(s.state).toBe('saved');
    expect(s.dirty).toBe(false);
  });
});
