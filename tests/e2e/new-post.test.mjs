// The New post dialog makes a draft from the site's archetype: the file name follows the
// site's pattern with today's date in its time zone, the slug comes from the Chinese title
// and can be changed, and the new post opens in the editor and joins the list.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';

/** Today as YYYYMMDD in the fixture's timeZone (Asia/Taipei). */
function todayInTaipei() {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Taipei', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}${get('month')}${get('day')}`;
}

/** Types into an input the way the webview sees typing: set the value, then an input event. */
function typeInto(session, css, text) {
  return session.exec(
    `const el = document.querySelector(arguments[0]);
     el.focus();
     el.value = arguments[1];
     el.dispatchEvent(new Event('input', { bubbles: true }));
     return true;`,
    css,
    text,
  );
}

function choose(session, css, value) {
  return session.exec(
    `const el = document.querySelector(arguments[0]);
     el.value = arguments[1];
     el.dispatchEvent(new Event('change', { bubbles: true }));
     return el.value === arguments[1];`,
    css,
    value,
  );
}

const plannedPath = (session) => session.exec('return document.querySelector(\'[data-testid="new-post-file"]\')?.dataset.path ?? "";');

test('a new post from the archetype opens in the editor and the list, a draft on disk', async (t) => {
  await withApp(t, { site: 'e2e-new-post' }, async ({ session, site }) => {
    await session.waitFor('two posts listed', async () => (await (await session.find('[data-testid="post-list"]')).attr('data-count')) === '2');
    await (await session.waitForElement('[data-testid="new-post-button"]')).click();
    await session.waitForElement('[data-testid="new-post"][open] [data-testid="new-post-title"]');
    const focused = await session.exec('return document.activeElement?.dataset.testid ?? "";');
    assert.equal(focused, 'new-post-title', 'the title field has the focus');

    await typeInto(session, '[data-testid="new-post-title"]', '筆墨紙硯');
    const today = todayInTaipei();
    const suggested = `content/posts/${today}-bi-mo-zhi-yan.md`;
    await session.waitFor(`the planned path ${suggested}`, async () => (await plannedPath(session)) === suggested);
    const slug = await session.exec('return document.querySelector(\'[data-testid="new-post-slug"]\').value;');
    assert.equal(slug, 'bi-mo-zhi-yan', 'a readable ASCII slug for the Chinese title');
    assert.match(await session.textOf('[data-testid="new-post"]'), /archetypes\/posts\.md/);

    // The writer's own slug replaces the suggestion in the file name.
    await typeInto(session, '[data-testid="new-post-slug"]', 'four-treasures');
    const path = `content/posts/${today}-four-treasures.md`;
    await session.waitFor(`the planned path ${path}`, async () => (await plannedPath(session)) === path);
    assert.ok(await choose(session, '[data-testid="new-post-series"]', '文房四寶'), 'the existing series is offered');
    await session.waitFor('the plan with the series', async () => (await session.textOf('[data-testid="new-post-text"]')).includes('文房四寶'));

    await (await session.find('[data-testid="new-post-create"]')).click();
    await session.waitFor('the dialog to close', async () => !(await session.exec('return document.querySelector(\'[data-testid="new-post"]\').open;')));

    // On disk: the archetype's text with the title, today's date in +08:00, the series and draft: true.
    const text = readFileSync(join(site, path), 'utf8');
    const lines = text.split('\n');
    assert.equal(lines[0], '---');
    assert.equal(lines[1], 'title: "筆墨紙硯"');
    assert.match(lines[2], new RegExp(`^date: ${today.slice(0, 4)}-${today.slice(4, 6)}-${today.slice(6, 8)}T\\d\\d:\\d\\d:\\d\\d\\+08:00$`));
    assert.ok(lines.includes('draft: true'), text);
    assert.ok(lines.includes('source_name: ""'), 'a field only the archetype has');
    assert.ok(lines.includes('# From archetypes/posts.md: the reference post\'s fields, in its order.'), 'the archetype comment survives');
    assert.ok(lines.some((line) => line.startsWith('series:') && line.includes('文房四寶')), text);
    assert.ok(text.endsWith('寫下開頭的一段。\n\n<!--more-->\n'), 'the archetype body');

    // In the list and the editor, with the window title naming it.
    await session.waitFor('three posts listed', async () => (await (await session.find('[data-testid="post-list"]')).attr('data-count')) === '3');
    await session.waitForElement(`[data-testid="post-item"][data-path="${path}"]`);
    await session.waitFor('the new post in the editor', async () => (await session.textOf('[data-testid="editor"]')).includes('寫下開頭的一段。'));
    await session.waitFor('the form to show the title', async () => (await session.exec('return document.querySelector(\'[data-testid="meta-title"]\')?.value ?? "";')) === '筆墨紙硯');
    const expected = '筆墨紙硯 — New Post Desk — Inkstone';
    await session.waitFor('the page title', async () => (await session.title()) === expected);
    const native = await session.exec(`return window.__TAURI_INTERNALS__.invoke('plugin:window|title', { label: 'main' });`);
    assert.equal(native, expected, 'the native window title names the post and the site');
  });
});
