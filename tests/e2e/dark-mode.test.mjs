// Dark mode: the theme setting sets data-theme on the page, every pane's computed colours turn
// dark, and the preview frame follows without reloading.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/app.mjs';
import { choose, openPost, previewText } from './lib/desk.mjs';

const POST = 'content/posts/20240508-second-look.md';

/** Computed colours of the app and of the preview frame, with their luminance (0 black … 1 white). */
function colours(session) {
  return session.exec(`
    const lum = (css) => {
      const [r, g, b] = css.match(/[\\d.]+/g).slice(0, 3).map(Number).map((c) => c / 255)
        .map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const pick = (el, prop) => { const v = getComputedStyle(el)[prop]; return { css: v, lum: lum(v) }; };
    const frame = document.querySelector('[data-testid="preview"] iframe').contentDocument;
    return {
      theme: document.documentElement.dataset.theme,
      body: pick(document.body, 'backgroundColor'),
      text: pick(document.body, 'color'),
      sidebar: pick(document.querySelector('.sidebar'), 'backgroundColor'),
      editor: pick(document.querySelector('[data-testid="editor"] .cm-editor'), 'backgroundColor'),
      editorText: pick(document.querySelector('[data-testid="editor"] .cm-content'), 'color'),
      previewTheme: frame.documentElement.dataset.theme,
      preview: pick(frame.body, 'backgroundColor'),
      previewText: pick(frame.body, 'color'),
    };`);
}

test('the dark theme darkens the app and the preview, and light brings it back', async (t) => {
  await withApp(t, { site: 'e2e-small', settings: { theme: 'light' } }, async ({ session }) => {
    await openPost(session, POST);
    await session.waitFor('the preview', async () => (await previewText(session)).includes('小型測試網站'));
    const light = await colours(session);
    assert.equal(light.theme, 'light');
    assert.equal(light.previewTheme, 'light');
    for (const pane of ['body', 'sidebar', 'editor', 'preview']) assert.ok(light[pane].lum > 0.7, `${pane} is light: ${light[pane].css}`);
    for (const ink of ['text', 'editorText', 'previewText']) assert.ok(light[ink].lum < 0.1, `${ink} is dark: ${light[ink].css}`);

    // Mark the frame's document: a reload would lose the mark.
    await session.exec(`document.querySelector('[data-testid="preview"] iframe').contentDocument.body.dataset.mark = 'kept'; return true;`);
    await (await session.find('[data-testid="open-settings"]')).click();
    await session.waitForElement('[data-testid="setting-theme"]');
    await choose(session, '[data-testid="setting-theme"]', 'dark');

    const dark = await session.waitFor('the dark theme everywhere', async () => {
      const c = await colours(session);
      return c.theme === 'dark' && c.previewTheme === 'dark' ? c : null;
    });
    for (const pane of ['body', 'sidebar', 'editor', 'preview']) assert.ok(dark[pane].lum < 0.05, `${pane} is dark: ${dark[pane].css}`);
    for (const ink of ['text', 'editorText', 'previewText']) assert.ok(dark[ink].lum > 0.6, `${ink} is light: ${dark[ink].css}`);
    assert.equal(await session.exec(`return document.querySelector('[data-testid="preview"] iframe').contentDocument.body.dataset.mark;`), 'kept');
    assert.equal(await session.exec('return getComputedStyle(document.documentElement).colorScheme;'), 'dark');

    await choose(session, '[data-testid="setting-theme"]', 'light');
    const back = await session.waitFor('the light theme again', async () => {
      const c = await colours(session);
      return c.theme === 'light' && c.previewTheme === 'light' ? c : null;
    });
    assert.equal(back.body.css, light.body.css);
    assert.equal(back.preview.css, light.preview.css);
  });
});
