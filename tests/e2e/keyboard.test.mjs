// Keyboard-only use: with a post open, Tab reaches every kind of control on the main screen
// (search, post list, metadata fields, the text, the status bar), and each one shows a focus
// indicator while it has focus.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/app.mjs';
import { KEY } from './lib/webdriver.mjs';
import { openPost } from './lib/desk.mjs';

const POST = 'content/posts/20240501-first-light.md';

/** In the page: what has focus, and whether something draws a ring, outline or inset for it. */
const FOCUSED = `
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const drawn = (node) => {
    if (!node) return false;
    const s = getComputedStyle(node);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  };
  const described = el.getAttribute('aria-activedescendant');
  const ring = drawn(el) || drawn(described && document.getElementById(described)) || drawn(el.parentElement)
    // The editor shows its caret instead of a ring, as text editors do.
    || el.classList.contains('cm-content');
  return {
    id: el.tagName === 'IFRAME' ? 'preview-frame' : el.classList.contains('cm-content') ? 'editor-text' : el.dataset.testid || el.getAttribute('aria-label') || el.tagName.toLowerCase() + '.' + el.className,
    ring,
  };`;

test('Tab reaches every control of the main screen and each shows its focus', async (t) => {
  await withApp(t, { site: 'e2e-small', settings: { language: 'en' } }, async ({ session }) => {
    await openPost(session, POST);
    await session.waitForElement('[data-testid="meta-title"]');
    await session.exec('document.activeElement && document.activeElement.blur(); return true;');

    const seen = [];
    for (let i = 0; i < 80; i++) {
      await session.press(KEY.tab);
      const focused = await session.exec(FOCUSED);
      if (focused === null) continue;
      if (seen.length > 0 && focused.id === seen[0].id) break; // around once
      seen.push(focused);
    }
    const ids = seen.map((f) => f.id);
    for (const wanted of ['post-search', 'post-list', 'meta-title', 'meta-date', 'meta-tags', 'meta-draft', 'editor-text', 'preview-frame', 'open-settings']) {
      assert.ok(ids.includes(wanted), `Tab reaches ${wanted} (reached: ${ids.join(', ')})`);
    }
    const ringless = seen.filter((f) => !f.ring).map((f) => f.id);
    assert.deepEqual(ringless, [], `every focused control shows its focus (reached: ${ids.join(', ')})`);

    // Shift+Tab goes back the same way.
    await session.press([KEY.shift, KEY.tab]);
    const back = await session.exec(FOCUSED);
    assert.ok(back === null || ids.includes(back.id));
  });
});
