// The foundation: the app opens the demo site or a given site, lists every post, and
// opening a post shows its text in the editor and its rendered headings in the preview.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { withApp, REPO } from './lib/app.mjs';
import { contentFiles, h2Headings, siteTitle } from './lib/sites.mjs';

const postList = '[data-testid="post-list"]';

test('with no site given or remembered, the demo site opens with every demo post listed', async (t) => {
  const expected = contentFiles(join(REPO, 'demo-site')).length;
  await withApp(t, {}, async ({ session }) => {
    const list = await session.waitForElement(postList);
    const count = await session.waitFor('the post list to fill', async () => {
      const n = Number(await list.attr('data-count'));
      return n > 0 ? n : null;
    });
    assert.equal(count, expected);
    assert.equal((await session.findAll('[data-testid="post-item"]')).length, expected);
    const title = (await session.textOf('[data-testid="site-title"]')).trim();
    assert.equal(title, siteTitle(join(REPO, 'demo-site', 'hugo.yaml')));
  });
});

test('opening a post shows its text in the editor and its headings in the preview', async (t) => {
  await withApp(t, {}, async ({ session }) => {
    await session.waitForElement('[data-testid="post-item"]');
    // The first post in the list that has level-2 headings.
    const items = await session.findAll('[data-testid="post-item"]');
    let chosen;
    let headings = [];
    for (const item of items) {
      const path = await item.attr('data-path');
      headings = h2Headings(join(REPO, 'demo-site', path));
      if (headings.length) {
        chosen = { item, path };
        break;
      }
    }
    assert.ok(chosen, 'a demo post with ## headings exists');
    await chosen.item.click();

    const editorText = await session.waitFor('the editor to show the post', async () => {
      const text = await session.exec(
        'const el = document.querySelector(\'[data-testid="editor"] .cm-content\'); return el ? el.textContent : "";',
      );
      return text.includes(headings[0]) ? text : null;
    });
    assert.ok(editorText.includes(`## ${headings[0]}`) || editorText.includes(headings[0]));

    const rendered = await session.waitFor('the preview to show the headings', async () => {
      const hs = await session.exec(`
        const frame = document.querySelector('[data-testid="preview"] iframe');
        const doc = frame && frame.contentDocument;
        return doc ? Array.from(doc.querySelectorAll('h2')).map((h) => h.textContent.trim()) : [];`);
      return hs.length === headings.length ? hs : null;
    });
    assert.deepEqual(rendered, headings);
  });
});

test('inkstone-app SITE_DIR opens the given site', async (t) => {
  await withApp(t, { site: 'e2e-small' }, async ({ session, site }) => {
    const expected = contentFiles(site).length;
    const list = await session.waitForElement(postList);
    const count = await session.waitFor('the post list to fill', async () => {
      const n = Number(await list.attr('data-count'));
      return n > 0 ? n : null;
    });
    assert.equal(count, expected);
    const paths = await Promise.all((await session.findAll('[data-testid="post-item"]')).map((i) => i.attr('data-path')));
    assert.deepEqual([...paths].sort(), contentFiles(site));
  });
});
