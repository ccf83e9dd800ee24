// A save that cannot reach the disk keeps the text in the editor and in the recovery journal,
// and says why with the file and the likely fix: a read-only file, a full disk.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, withApp } from './lib/app.mjs';
import { pressSave, editorText, journalEntries, openPost, typeAtEnd, waitForState } from './lib/editing.mjs';

const POST = 'content/posts/20240501-first-light.md';

/** Types, saves with Ctrl+S, and checks that the text stayed everywhere it should. */
async function saveFails(session, home, file, code) {
  const before = readFileSync(file, 'utf8');
  await typeAtEnd(session, '\nText that must not be lost.');
  await pressSave(session);
  await waitForState(session, 'error');
  const message = await session.textOf('[data-testid="save-error"]');
  assert.match(message, code);
  assert.match(message, /first-light\.md/, 'the message names the file');
  assert.ok((await editorText(session)).includes('Text that must not be lost.'), 'the editor keeps the text');
  assert.equal(readFileSync(file, 'utf8'), before, 'the file on disk is untouched');
  await session.waitFor('the journal to hold the text', () =>
    journalEntries(home).some((entry) => entry.path === POST && entry.text.includes('Text that must not be lost.')),
  );
}

test('saving a read-only file fails, keeps the text and says how to fix it', async (t) => {
  const prepare = (site) => chmodSync(join(site, POST), 0o444);
  await withApp(t, { site: 'e2e-small', prepare }, async ({ session, site, home }) => {
    await openPost(session, POST);
    await saveFails(session, home, join(site, POST), /read-only[\s\S]*chmod u\+w/);
  });
});

test('saving on a full disk fails, keeps the text and says so', async (t) => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'inkstone-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (e) {
    rmSync(mountPoint, { recursive: true, force: true });
    t.skip(`a small tmpfs could not be mounted (needs root and mount permission in this environment): ${String(e.stderr || e.message).trim()}`);
    return;
  }
  try {
    const site = join(mountPoint, 'site');
    cpSync(join(REPO, 'tests', 'fixtures', 'sites', 'e2e-small'), site, { recursive: true });
    // Fill what is left, so the next write (the save's temporary file) finds no room.
    mkdirSync(join(mountPoint, 'fill'));
    try {
      for (let i = 0; ; i++) writeFileSync(join(mountPoint, 'fill', String(i)), Buffer.alloc(4096));
    } catch {
      // ENOSPC: the disk is full now.
    }
    await withApp(t, { again: { site, home: mkdtempSync(join(tmpdir(), 'inkstone-e2e-')) } }, async ({ session, home }) => {
      await openPost(session, POST);
      await saveFails(session, home, join(site, POST), /disk is full/);
    });
  } finally {
    execFileSync('umount', [mountPoint], { stdio: 'pipe' });
    rmSync(mountPoint, { recursive: true, force: true });
  }
});
