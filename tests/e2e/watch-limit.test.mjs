// The platform's watch limit hit for real (a user namespace with a small inotify limit): the status bar says so,
// and an outside edit to an open post with no unsaved text is still followed, by polling the open posts. The limit
// can also be reached later, by folders created while the site is open: the app then says so and polls the same way.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';
import { editorText, openPost, waitForState } from './lib/editing.mjs';

const POST = 'content/posts/20240501-first-light.md';

test('at the watch limit the app says it polls, and an open clean post still follows an outside edit', async (t) => {
  await withApp(t, { site: 'e2e-small', watchLimit: 2 }, async ({ session, site }) => {
    const notice = await session.waitForElement('[data-testid="watch-mode"][data-mode="polling"]');
    assert.ok((await notice.text()).length > 0, 'the notice has words, not only an icon');
    await openPost(session, POST);
    const file = join(site, POST);
    const edited = readFileSync(file, 'utf8').replace('The first post of a tiny site.', 'The first post, edited while polled.');
    writeFileSync(file, edited);
    await session.waitFor('the editor to show the outside edit', async () => (await editorText(session)).includes('edited while polled'));
    assert.equal(await session.find('[data-testid="conflict-banner"]'), null);
    await waitForState(session, 'saved');
    assert.equal(readFileSync(file, 'utf8'), edited);
  });
});

/** Room for the site and the window's own watches at the start, not for the folders made below. */
const ROOM_AT_START = 48;
const FOLDERS_LATER = 80;

test('the watch limit reached by folders created later turns the app to polling, and a post in them follows edits', async (t) => {
  await withApp(t, { site: 'e2e-small', watchLimit: ROOM_AT_START }, async ({ session, site }) => {
    await openPost(session, POST);
    const atStart = await session.exec(`return window.__TAURI_INTERNALS__.invoke('watch_mode');`);
    assert.deepEqual(atStart, { kind: 'native' }, `a limit of ${ROOM_AT_START} is room enough at the start`);
    assert.equal(await session.find('[data-testid="watch-mode"]'), null);
    // A sync client or `git pull` bringing many folders: each needs a watch of its own.
    for (let n = 0; n < FOLDERS_LATER; n += 1) mkdirSync(join(site, `content/posts/later-${n}`));
    const notice = await session.waitForElement('[data-testid="watch-mode"][data-mode="polling"]');
    assert.ok((await notice.text()).length > 0, 'the notice has words, not only an icon');
    assert.match(await notice.attr('title'), /new folders/u);

    // A post in a folder made after the limit: listed from its folder's creation, then followed only by polling.
    const late = 'content/posts/late/20240601-late.md';
    mkdirSync(join(site, 'content/posts/late'));
    writeFileSync(join(site, late), '---\ntitle: "Late"\ndate: 2024-06-01T09:00:00+08:00\n---\n\nWritten after the limit.\n');
    await openPost(session, late);
    writeFileSync(join(site, late), '---\ntitle: "Late"\ndate: 2024-06-01T09:00:00+08:00\n---\n\nEdited while polled.\n');
    await session.waitFor('the editor to show the outside edit', async () => (await editorText(session)).includes('Edited while polled.'));
    assert.equal(await session.find('[data-testid="conflict-banner"]'), null);
    await waitForState(session, 'saved');
  });
});
