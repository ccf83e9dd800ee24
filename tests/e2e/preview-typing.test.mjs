// Typing in the editor updates the preview at once, and nothing is written to disk until the
// writer saves (autosave is off here, so a save could only come from the preview path).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';
import { KEY } from './lib/webdriver.mjs';
import { openPost, previewText, saveState, waitForSaveState } from './lib/desk.mjs';
import { editorText } from './lib/editing.mjs';

const POST = 'content/posts/20240501-first-light.md';

test('typing in the editor updates the preview without saving the file', async (t) => {
  await withApp(t, { site: 'e2e-small', settings: { autosaveSeconds: 0 } }, async ({ session, site }) => {
    const file = join(site, POST);
    const before = readFileSync(file);
    await openPost(session, POST);
    await session.waitFor('the preview to show the post', async () => (await previewText(session)).includes('The first post of a tiny site'));
    assert.equal(await saveState(session), 'saved');

    const content = await session.find('[data-testid="editor"] .cm-content');
    await content.click();
    // To the end of the text (an empty line after the list), a blank line, then a paragraph in two scripts.
    await session.press([KEY.control, KEY.end], KEY.enter);
    await content.type('Zebra crossings 斑馬線 "appear" as typed.');

    const shown = await session.waitFor('the preview to show the typed paragraph', async () => {
      const text = await previewText(session);
      return text.includes('Zebra crossings 斑馬線 “appear” as typed.') ? text : null;
    });
    assert.ok(shown.includes('The first post of a tiny site'), 'the rest of the post is still previewed');
    // The typed paragraph is a paragraph of its own in the rendered body.
    const last = await session.exec(`const d = document.querySelector('[data-testid="preview"] iframe').contentDocument;
      const ps = d.querySelectorAll('p'); return ps[ps.length - 1].textContent;`);
    assert.equal(last.trim(), 'Zebra crossings 斑馬線 “appear” as typed.');
    // In an English page the curly quotes are a Latin face's, narrow, not a CJK font's full-width ones.
    const quoteEm = await session.exec(`const d = document.querySelector('[data-testid="preview"] iframe').contentDocument;
      const ps = d.querySelectorAll('p'); const text = ps[ps.length - 1].firstChild;
      const range = d.createRange(); const at = text.data.indexOf('“');
      range.setStart(text, at); range.setEnd(text, at + 1);
      return range.getBoundingClientRect().width / parseFloat(getComputedStyle(ps[ps.length - 1]).fontSize);`);
    assert.ok(quoteEm < 0.7, `the opening quote is ${quoteEm} em wide`);

    assert.equal(await saveState(session), 'dirty');
    assert.deepEqual(readFileSync(file), before, 'the file on disk is untouched');

    // Saving writes exactly the buffer.
    await session.press([KEY.control, 's']);
    await waitForSaveState(session, 'saved');
    assert.equal(readFileSync(file, 'utf8'), `${before.toString('utf8')}\nZebra crossings 斑馬線 "appear" as typed.`);

    // Letters typed in a row are one undo step, as typing through the browser always was; redo brings them back.
    await session.press([KEY.control, 'z']);
    await session.waitFor('undo to take the typed sentence away', async () => !(await editorText(session)).includes('Zebra'));
    assert.ok((await editorText(session)).includes('The first post of a tiny site'), 'undo took only the typing');
    await session.press([KEY.control, KEY.shift, 'z']);
    await session.waitFor('redo to bring it back', async () => (await editorText(session)).includes('Zebra crossings 斑馬線 "appear" as typed.'));
  });
});
