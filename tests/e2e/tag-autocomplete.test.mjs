// Adding a tag by autocomplete: typing part of a tag the site already uses offers it, the
// keyboard picks it, and the saved file's tags line gains it in the list's own style.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';
import { KEY } from './lib/webdriver.mjs';
import { openPost, waitForSaveState } from './lib/desk.mjs';

// Tagged 測試 and Hugo; the site also uses "testing" (two other posts).
const POST = 'content/posts/20240508-second-look.md';

test('a tag picked from the suggestions with the keyboard is added to the file', async (t) => {
  await withApp(t, { site: 'e2e-small', settings: { autosaveSeconds: 0 } }, async ({ session, site }) => {
    const file = join(site, POST);
    const original = readFileSync(file, 'utf8');
    await openPost(session, POST);
    const input = await session.waitForElement('[data-testid="meta-tags"]');
    const chips = () => session.exec(`return [...document.querySelectorAll('[data-field="tags"] [data-testid="chip"]')].map((c) => c.firstChild.textContent.trim());`);
    assert.deepEqual(await chips(), ['測試', 'Hugo']);

    await input.click();
    await input.type('tes');
    const offered = await session.waitFor('a suggestion for "tes"', async () => {
      const options = await session.exec(`return [...document.querySelectorAll('[data-field="tags"] [role="option"]')].map((o) => o.textContent);`);
      return options.length > 0 ? options : null;
    });
    // Only values not chosen yet and containing the text; with how many posts use each.
    assert.deepEqual(offered, ['testing2']);

    await session.press(KEY.arrowDown);
    await session.waitFor('the suggestion to be active', () =>
      session.exec(`const o = document.querySelector('[data-field="tags"] [role="option"]'); return o && o.getAttribute('aria-selected') === 'true';`),
    );
    await session.press(KEY.enter);
    await session.waitFor('the chip to be added', async () => (await chips()).length === 3);
    assert.deepEqual(await chips(), ['測試', 'Hugo', 'testing']);
    assert.equal(await session.exec(`return document.querySelector('[data-testid="meta-tags"]').value;`), '');

    await waitForSaveState(session, 'dirty');
    await session.press([KEY.control, 's']);
    await waitForSaveState(session, 'saved');
    assert.equal(
      readFileSync(file, 'utf8'),
      original.replace('tags: ["測試", "Hugo"]\n', 'tags: ["測試", "Hugo", "testing"]\n'),
    );
  });
});
