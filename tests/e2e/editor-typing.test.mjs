// Letters typed into a line land at the caret, in order, with the caret after each one, in the
// real webview. In the middle of a text the editor types them without writing the DOM selection:
// the letter goes into the caret's text node and the caret moves with the text
// (`typeIntoCaretText` in ui/src/editor/typedInput.ts), which spares WebKit a layout inside every
// keystroke. At a text node's start, or where the letter changes the highlighting, the editor may
// write the selection itself; the text and the caret are right either way.
//
// A plain letter is even drawn before the editor reads it, which it does once the frame is painted
// (ui/src/editor/typedAhead.ts): a save, a key binding or an undo pressed right after it, in the
// same burst of keys, must still see it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';
import { openPost, waitForSaveState } from './lib/desk.mjs';
import { KEY } from './lib/webdriver.mjs';
import { EDITOR_VIEW } from './lib/editing.mjs';

const POST = 'content/posts/20240501-first-light.md';

/** In the page: counts every write of the DOM selection from now on, in `window.__selectionWrites`. */
const COUNT_SELECTION_WRITES = `
  window.__selectionWrites = 0;
  for (const method of ['collapse', 'setPosition', 'setBaseAndExtent', 'extend', 'addRange', 'removeAllRanges']) {
    const original = Selection.prototype[method];
    Selection.prototype[method] = function (...args) {
      window.__selectionWrites++;
      return original.apply(this, args);
    };
  }
  return true;`;

/** In the page: the caret as the editor's state has it, and as the DOM selection has it (mapped to a position). */
const CARET = `${EDITOR_VIEW}
  const { focusNode, focusOffset } = document.getSelection();
  return { state: view.state.selection.main.head, dom: view.posAtDOM(focusNode, focusOffset), doc: view.state.doc.toString() };`;

/**
 * Opens the post and puts the caret after "The first" in its first paragraph, through the editor
 * (which writes the DOM selection); returns that position and the text.
 */
async function caretInFirstParagraph(session) {
  await openPost(session, POST);
  const content = await session.waitForElement('[data-testid="editor"] .cm-content');
  await content.click();
  const start = await session.exec(`${EDITOR_VIEW}
    const at = view.state.doc.toString().indexOf('The first post') + 'The first'.length;
    view.focus();
    view.dispatch({ selection: { anchor: at } });
    return at;`);
  return { start, before: (await session.exec(CARET)).doc };
}

test('typed letters land at the caret in order, and mid-text the editor never writes the DOM selection', async (t) => {
  await withApp(t, { site: 'e2e-small', settings: { autosaveSeconds: 0 } }, async ({ session }) => {
    const { start, before } = await caretInFirstParagraph(session);

    await session.exec(COUNT_SELECTION_WRITES);
    // Latin, a repeated letter (the change could be read at either copy), and Chinese typed as keys.
    const typed = ' rr 斑馬線，ok';
    // One key a character, pressed and released, as a person types.
    await session.press(...typed);
    const expected = before.slice(0, start) + typed + before.slice(start);
    const caret = await session.waitFor('the editor to take every letter', async () => {
      const now = await session.exec(CARET);
      return now.doc === expected ? now : null;
    });
    assert.equal(caret.state, start + typed.length, 'the caret is after the last letter');
    assert.equal(caret.dom, caret.state, 'the DOM caret is where the editor has it');
    assert.equal(await session.exec('return window.__selectionWrites;'), 0, 'no letter made the editor write the DOM selection');

    // At a line's start there is no character before the caret to carry it: the letters still land.
    const lineStart = await session.exec(`${EDITOR_VIEW}
      const at = view.state.doc.toString().indexOf('## A heading');
      view.dispatch({ selection: { anchor: at } });
      return at;`);
    await session.press(...'x*y');
    const afterHeading = expected.slice(0, lineStart) + 'x*y' + expected.slice(lineStart);
    const atHeading = await session.waitFor('the letters at the line start', async () => {
      const now = await session.exec(CARET);
      return now.doc === afterHeading ? now : null;
    });
    assert.equal(atHeading.state, lineStart + 3);
    assert.equal(atHeading.dom, atHeading.state);
  });
});

test('a save, Backspace or undo pressed right after typed letters acts on them', async (t) => {
  await withApp(t, { site: 'e2e-small', settings: { autosaveSeconds: 0 } }, async ({ session, site }) => {
    const { start, before } = await caretInFirstParagraph(session);
    const typedAt = (text) => before.slice(0, start) + text + before.slice(start);
    const settledTo = (what, doc) =>
      session.waitFor(what, async () => {
        const now = await session.exec(CARET);
        return now.doc === doc ? now : null;
      });

    // Letters and then Ctrl+S in one burst of keys: the file holds every letter.
    await session.press(...' ink', [KEY.control, 's']);
    await waitForSaveState(session, 'saved');
    assert.equal(readFileSync(join(site, POST), 'utf8').replace(/\r\n/g, '\n'), typedAt(' ink').replace(/\r\n/g, '\n'));

    // A letter and Backspace at once: the letter is what Backspace takes.
    await session.press('q', KEY.backspace);
    const afterBackspace = await settledTo('the letter and its deletion', typedAt(' ink'));
    assert.equal(afterBackspace.state, start + ' ink'.length);
    assert.equal(afterBackspace.dom, afterBackspace.state);

    // Letters and undo at once: the undo takes them back. (After a pause: the editor's history joins
    // edits less than half a second apart into one undo step, which would take the earlier ones too.)
    await new Promise((resolve) => setTimeout(resolve, 600));
    await session.press(...'stone', [KEY.control, 'z']);
    const afterUndo = await settledTo('the undo of the letters', typedAt(' ink'));
    assert.equal(afterUndo.dom, afterUndo.state);
  });
});
