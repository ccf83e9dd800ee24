// Inkstone's own settings file changed on disk while the app is open: inkstone.yaml is site config like hugo.toml,
// so the site is read again, the form and the checks follow the new field settings, and the open tabs keep their
// text and unsaved work.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';
import { editorText, openPost, typeAtEnd, waitForState } from './lib/editing.mjs';

const POST = 'content/posts/20240501-first-light.md';
const OTHER = 'content/posts/20240508-second-look.md';

/** The codes of the open post's diagnostics. */
function diagnosticCodes(session) {
  return session.exec(`return [...document.querySelectorAll('[data-testid="diagnostic"]')].map((d) => d.dataset.code);`);
}

function titleCount(session) {
  return session.textOf('[data-testid="meta-title-count"]');
}

test('an inkstone.yaml written and edited outside re-reads the field settings, keeping tabs and unsaved text', async (t) => {
  await withApp(t, { site: 'e2e-small', settings: { autosaveSeconds: 0 } }, async ({ session, site }) => {
    await openPost(session, OTHER);
    await openPost(session, POST);
    await session.waitForElement('[data-testid="meta-title-count"]');
    // "First Light": eleven characters, and no limit yet.
    assert.ok(!(await titleCount(session)).includes('/'), await titleCount(session));
    assert.ok(!(await diagnosticCodes(session)).includes('too-long'));
    await typeAtEnd(session, '\nUnsaved while inkstone.yaml changes.');
    await waitForState(session, 'dirty');

    const settings = join(site, 'inkstone.yaml');
    writeFileSync(settings, 'fields:\n  title:\n    max_length: 8\n');
    await session.waitFor('the form to show the new title limit', async () => (await titleCount(session)) === '11 / 8');
    await session.waitFor('the too-long check', async () => (await diagnosticCodes(session)).includes('too-long'));

    const tabs = await session.exec(`return [...document.querySelectorAll('[data-testid="tab"]')].map((tab) => tab.dataset.path);`);
    assert.deepEqual(tabs, [OTHER, POST]);
    assert.equal(await session.exec(`return document.querySelector('[data-testid="editor"]').dataset.path;`), POST);
    assert.ok((await editorText(session)).includes('Unsaved while inkstone.yaml changes.'));
    await waitForState(session, 'dirty');
    assert.ok(!readFileSync(join(site, POST), 'utf8').includes('Unsaved while'), 'nothing was written');

    // An edit of the existing file counts as much as its creation.
    writeFileSync(settings, 'fields:\n  title:\n    max_length: 60\n');
    await session.waitFor('the form to show the raised limit', async () => (await titleCount(session)) === '11 / 60');
    await session.waitFor('the too-long check to go', async () => !(await diagnosticCodes(session)).includes('too-long'));
    assert.ok((await editorText(session)).includes('Unsaved while inkstone.yaml changes.'));
    await waitForState(session, 'dirty');
  });
});
