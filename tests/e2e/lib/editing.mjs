// Driving the editor and the disk from end-to-end tests: type at the end of the text, read it back, wait for the disk.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Ctrl+S as the window hears it. Modifier keys sent through WebKitWebDriver stay held for the
 * keys after them (a later "b" became Ctrl+B), so shortcuts are dispatched as DOM events instead.
 */
export function pressSave(session) {
  return session.exec(`window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true })); return true;`);
}

/** In the page: binds `view` to the editor's CodeMirror view (reached the way EditorView.findFromDOM does). */
export const EDITOR_VIEW = `const view = document.querySelector('[data-testid="editor"] .cm-content').cmTile.root.view;`;

/** Opens the post at `path` from the list and waits for its text in the editor. */
export async function openPost(session, path) {
  const item = await session.waitForElement(`[data-testid="post-item"][data-path="${path}"]`);
  await item.click();
  await session.waitForElement(`[data-testid="editor"][data-path="${path}"] .cm-line`);
}

/** The editor's text, line by line as CodeMirror shows it (every line of a short post is drawn). */
export function editorText(session) {
  return session.exec(`return [...document.querySelectorAll('[data-testid="editor"] .cm-line')].map((l) => l.textContent).join('\\n');`);
}

/** Puts the cursor at the end of the text (through the DOM selection, which CodeMirror follows) and types `text` there. */
export async function typeAtEnd(session, text) {
  const content = await session.waitForElement('[data-testid="editor"] .cm-content');
  await content.click();
  await session.exec(`
    const lines = document.querySelectorAll('[data-testid="editor"] .cm-line');
    const range = document.createRange();
    range.selectNodeContents(lines[lines.length - 1]);
    range.collapse(false);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    return true;`);
  // CodeMirror reads the DOM selection on its next selectionchange.
  await new Promise((r) => setTimeout(r, 150));
  await content.type(text);
}

export async function saveState(session) {
  const status = await session.find('[data-testid="save-status"]');
  return status ? status.attr('data-state') : null;
}

export function waitForState(session, state, ms) {
  return session.waitFor(`save-status ${state}`, async () => (await saveState(session)) === state, ms);
}

/** Polls a file until `accept(text)` holds; returns that text. */
export async function waitForFile(session, file, accept, what) {
  return session.waitFor(what ?? `${file} on disk`, () => {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : null;
    return text !== null && accept(text) ? text : null;
  });
}

/** Every journal entry the app left in `home` (crash recovery), parsed. */
export function journalEntries(home) {
  const dir = join(home, 'data', 'app.inkstone.editor', 'journal');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.journal.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));
}
