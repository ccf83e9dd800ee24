// The platform's watch limit hit for real (a user namespace with an inotify limit of 2): the status bar says so,
// and an outside edit to an open post with no unsaved text is still followed, by polling the open posts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
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
