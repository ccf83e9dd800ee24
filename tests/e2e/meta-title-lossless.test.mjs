// Changing the title in the metadata form changes only the title's line of the file: on a
// post with CRLF line ends, comments, odd spacing, single quotes with an escaped quote, a
// folded description and a flow list, every other byte of the saved file is the original.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';
import { KEY } from './lib/webdriver.mjs';
import { openPost, waitForSaveState } from './lib/desk.mjs';

const POST = 'content/posts/20250301-kept-by-hand.md';
const LINES = [
  '---',
  '# Kept by hand: this comment, the spacing and the quoting must survive an edit.',
  "title:   'It''s a \"quoted\" title'   # shown in the list",
  'date: 2025-03-01T08:00:00+08:00',
  'description: >-',
  '  A folded description',
  '  over two lines.',
  "tags: [ 'Hugo',  \"testing\" ]",
  'categories:',
  '  - Notes   # a comment in a list',
  'draft: false',
  '---',
  '',
  'Body with CRLF line ends.',
  '',
];
const ORIGINAL = LINES.join('\r\n');
const NEW_TITLE = '墨池：新的標題 v2';
// The writer's spacing, single quotes and trailing comment stay; only the value changes.
const EXPECTED = ORIGINAL.replace(LINES[2], `title:   '${NEW_TITLE}'   # shown in the list`);

test('editing meta-title changes only the title line of the file on disk', async (t) => {
  const prepare = (site) => writeFileSync(join(site, POST), ORIGINAL);
  await withApp(t, { site: 'e2e-small', prepare, settings: { autosaveSeconds: 0 } }, async ({ session, site }) => {
    await openPost(session, POST);
    const title = await session.waitForElement('[data-testid="meta-title"]');
    assert.equal(await session.exec(`return document.querySelector('[data-testid="meta-title"]').value;`), 'It\'s a "quoted" title');

    await title.click();
    await session.press([KEY.control, 'a']);
    await title.type(NEW_TITLE);
    await session.press(KEY.enter);

    // The text view shows the edit (the form and the text are one buffer) before any save.
    await session.waitFor('the editor to show the new title', () =>
      session.exec(`return document.querySelector('[data-testid="editor"] .cm-content').textContent.includes(arguments[0]);`, NEW_TITLE),
    );
    await waitForSaveState(session, 'dirty');
    assert.equal(readFileSync(join(site, POST), 'utf8'), ORIGINAL, 'nothing is written before the save');

    await session.press([KEY.control, 's']);
    await waitForSaveState(session, 'saved');
    const saved = readFileSync(join(site, POST), 'utf8');
    assert.equal(saved, EXPECTED);
    // Said once more, line by line, so a failure names the line that moved.
    const a = saved.split('\r\n');
    const b = ORIGINAL.split('\r\n');
    assert.equal(a.length, b.length);
    assert.deepEqual(
      a.map((line, i) => (line === b[i] ? null : i + 1)).filter((n) => n !== null),
      [3],
    );
  });
});
