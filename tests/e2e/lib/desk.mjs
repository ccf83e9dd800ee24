// Steps the writing-desk tests share: opening a post, reading the editor, the preview and the save state.

/** Clicks the post at `path` in the list and waits until the editor holds it. */
export async function openPost(session, path) {
  const item = await session.waitForElement(`[data-testid="post-item"][data-path="${path}"]`);
  await item.click();
  await session.waitFor(`the editor to open ${path}`, () =>
    session.exec(
      `const ed = document.querySelector('[data-testid="editor"]');
       return !!ed && ed.dataset.path === arguments[0] && ed.querySelector('.cm-content').textContent.length > 0;`,
      path,
    ),
  );
}

/** The text of the preview frame's body. */
export function previewText(session) {
  return session.exec(`const f = document.querySelector('[data-testid="preview"] iframe');
    return f && f.contentDocument && f.contentDocument.body ? f.contentDocument.body.textContent : '';`);
}

/** The save state of the open post (saved|dirty|saving|error|conflict), or '' when none is open. */
export function saveState(session) {
  return session.exec(`const s = document.querySelector('[data-testid="save-status"]'); return s ? s.dataset.state : '';`);
}

/** Waits for the open post to reach save state `state`. */
export function waitForSaveState(session, state) {
  return session.waitFor(`save-status ${state}`, async () => (await saveState(session)) === state);
}

/** The post list's data-count (posts matching the search and filters). */
export async function listCount(session) {
  return Number(await session.exec(`return document.querySelector('[data-testid="post-list"]').dataset.count;`));
}

/** Chooses `value` in the <select> matching `css` as a change by the writer would. */
export function choose(session, css, value) {
  return session.exec(
    `const el = document.querySelector(arguments[0]);
     el.value = arguments[1];
     el.dispatchEvent(new Event('change', { bubbles: true }));
     return el.value;`,
    css,
    value,
  );
}
