// Hostile posts (tests/fixtures/sites/e2e-hostile, a site with unsafe HTML on) try to run
// script in the preview and to reach the app's commands. Nothing may run: no "PWNED:"
// title anywhere, no [data-pwned] mark, no navigation, no file written, and the harmless
// closing paragraph still rendered. See that fixture's README for every payload.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';

const POSTS = [
  'content/posts/20240601-script-injection.md',
  'content/posts/20240602-links-frames-and-refresh.md',
  'content/posts/20240603-tauri-bridge.md',
];

/** Everything a payload would have marked, read from the app window and the preview frame. */
const PROBE = `
  const frame = document.querySelector('[data-testid="preview"] iframe');
  const doc = frame && frame.contentDocument;
  return {
    appTitle: document.title,
    frameTitle: doc ? doc.title : null,
    frameUrl: doc ? doc.URL : null,
    marked: document.querySelectorAll('[data-pwned]').length + (doc ? doc.querySelectorAll('[data-pwned]').length : 0),
    kept: doc ? doc.body.textContent.includes('the preview kept rendering') : false,
    sandbox: frame ? frame.getAttribute('sandbox') : null,
  };`;

/** Clicks every link in the preview the way a writer would. */
const CLICK_LINKS = `
  const doc = document.querySelector('[data-testid="preview"] iframe').contentDocument;
  const links = Array.from(doc.querySelectorAll('a[href]'));
  for (const a of links) a.click();
  return links.length;`;

async function openPost(session, path) {
  const item = await session.waitForElement(`[data-testid="post-item"][data-path="${path}"]`);
  await item.click();
  return session.waitFor(`the preview of ${path}`, async () => {
    const state = await session.exec(PROBE);
    return state.kept ? state : null;
  });
}

test('hostile posts run no script in the preview and cannot reach the app', async (t) => {
  await withApp(t, { site: 'e2e-hostile' }, async ({ session, home }) => {
    for (const path of POSTS) {
      await openPost(session, path);
      const clicked = await session.exec(CLICK_LINKS);
      // Give anything that slipped through time to fire: timers, load events, refresh.
      await new Promise((r) => setTimeout(r, 1500));
      const after = await session.exec(PROBE);
      assert.ok(!after.appTitle.startsWith('PWNED'), `${path}: the app title became ${after.appTitle}`);
      assert.ok(!String(after.frameTitle).startsWith('PWNED'), `${path}: the preview title became ${after.frameTitle}`);
      assert.equal(after.marked, 0, `${path}: a payload marked the page`);
      assert.ok(after.kept, `${path}: the preview still shows the post after ${clicked} link clicks`);
      assert.ok(!String(after.frameUrl).includes('pwned'), `${path}: the preview navigated to ${after.frameUrl}`);
      assert.ok(!String(after.sandbox).includes('allow-scripts'), 'the preview frame never allows scripts');
    }
    assert.equal(existsSync(join(home, 'home', 'inkstone-pwned-tauri-fs.txt')), false, 'no file was written through Tauri');
  });
});

test('hostile front matter is shown as text, never as markup', async (t) => {
  await withApp(t, { site: 'e2e-hostile' }, async ({ session }) => {
    const path = 'content/posts/20240603-tauri-bridge.md';
    await session.waitForElement(`[data-testid="post-item"][data-path="${path}"]`);
    const rowText = await session.textOf(`[data-testid="post-item"][data-path="${path}"]`);
    assert.ok(rowText.includes('<img src=x'), `the title is shown literally: ${rowText}`);
    const images = await session.exec(
      `return document.querySelectorAll('[data-testid="post-item"][data-path="${path}"] img').length`,
    );
    assert.equal(images, 0);
    assert.ok(!(await session.title()).startsWith('PWNED'));
  });
});
