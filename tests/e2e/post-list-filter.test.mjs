// Finding a post: the search filters the list as the writer types, the filters narrow it
// further, and both the list's count line and each filter value say how many posts match.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withApp } from './lib/app.mjs';
import { KEY } from './lib/webdriver.mjs';
import { choose, listCount } from './lib/desk.mjs';

const count = (session) => session.textOf('.count-row .count');
const paths = (session) =>
  session.exec(`return [...document.querySelectorAll('[data-testid="post-item"]')].map((row) => row.dataset.path);`);
const optionTexts = (session, css) =>
  session.exec(`return [...document.querySelectorAll(arguments[0] + ' option')].map((o) => o.textContent.trim());`, css);

test('the search narrows the list with every key typed, and the count line follows', async (t) => {
  await withApp(t, { site: 'e2e-small', settings: { language: 'en' } }, async ({ session }) => {
    await session.waitFor('three posts listed', async () => (await listCount(session)) === 3);
    assert.equal((await count(session)).trim(), '3 posts');

    const search = await session.find('[data-testid="post-search"]');
    await search.click();
    // Title, path and tags are searched: "l" is in first-light and second-look, "li" only in the first.
    await session.press('l');
    await session.waitFor('two posts for "l"', async () => (await listCount(session)) === 2);
    assert.equal((await count(session)).trim(), '2 of 3 posts');
    await session.press('i');
    await session.waitFor('one post for "li"', async () => (await listCount(session)) === 1);
    assert.deepEqual(await paths(session), ['content/posts/20240501-first-light.md']);
    assert.equal((await count(session)).trim(), '1 of 3 posts');

    // Escape clears the search; a #tag term matches tags, in any script.
    await session.press(KEY.escape);
    await session.waitFor('all posts back', async () => (await listCount(session)) === 3);
    await search.type('#測試');
    await session.waitFor('one post tagged 測試', async () => (await listCount(session)) === 1);
    assert.deepEqual(await paths(session), ['content/posts/20240508-second-look.md']);

    // Nothing matches: the list says so and offers to clear the search.
    await session.press('z', 'z');
    await session.waitFor('no post', async () => (await listCount(session)) === 0);
    assert.match(await session.textOf('.sidebar .over'), /No post matches/);
  });
});

test('filters show how many posts each value would keep, and combine with the search', async (t) => {
  await withApp(t, { site: 'e2e-small', settings: { language: 'en' } }, async ({ session }) => {
    await session.waitFor('three posts listed', async () => (await listCount(session)) === 3);
    await (await session.find('[data-testid="filter-toggle"]')).click();
    await session.waitForElement('[data-testid="filter-panel"]');

    // Tags in use: testing (2 posts), Hugo (2), 測試 (1).
    const tags = await optionTexts(session, '[data-testid="filter-tag"]');
    assert.deepEqual([...tags].sort(), ['Any', 'Hugo (2)', 'testing (2)', '測試 (1)'].sort());

    await choose(session, '[data-testid="filter-tag"]', 'testing');
    await session.waitFor('two posts tagged testing', async () => (await listCount(session)) === 2);
    assert.equal((await count(session)).trim(), '2 of 3 posts');
    // The filter button counts the active filters.
    assert.equal((await session.textOf('[data-testid="filter-toggle"] .badge')).trim(), '1');

    await choose(session, '[data-testid="filter-draft"]', 'published');
    await session.waitFor('one published post tagged testing', async () => (await listCount(session)) === 1);
    assert.deepEqual(await paths(session), ['content/posts/20240501-first-light.md']);
    assert.equal((await count(session)).trim(), '1 of 3 posts');

    // The counts beside each value are over the posts the search keeps.
    await choose(session, '[data-testid="filter-tag"]', '');
    await choose(session, '[data-testid="filter-draft"]', 'all');
    const search = await session.find('[data-testid="post-search"]');
    await search.type('Hugo');
    await session.waitFor('two posts for "Hugo"', async () => (await listCount(session)) === 2);
    const narrowed = await optionTexts(session, '[data-testid="filter-category"]');
    assert.deepEqual([...narrowed].sort(), ['Any', 'Notes (1)', '筆記 (1)'].sort());

    // A date range keeps the posts of those days.
    await choose(session, '[data-testid="filter-from"]', '2024-05-08');
    await session.waitFor('one post from May 8 on', async () => (await listCount(session)) === 1);
    assert.deepEqual(await paths(session), ['content/posts/20240508-second-look.md']);
  });
});

test('a word found only in a post body finds that post, with the matching line under its title', async (t) => {
  await withApp(t, { site: 'e2e-small', settings: { language: 'en' } }, async ({ session }) => {
    await session.waitFor('three posts listed', async () => (await listCount(session)) === 3);
    const search = await session.find('[data-testid="post-search"]');
    // "paragraph" is in the body of First Light only: not in any title, path or tag.
    await search.type('paragraph');
    await session.waitFor('one post for "paragraph"', async () => (await listCount(session)) === 1);
    assert.deepEqual(await paths(session), ['content/posts/20240501-first-light.md']);
    assert.equal((await session.textOf('[data-testid="post-snippet"] mark')).trim(), 'paragraph');
    assert.match(await session.textOf('[data-testid="post-snippet"]'), /A paragraph with/);

    // The front matter is not body: a word of the description alone finds nothing.
    await session.press(KEY.escape);
    await session.waitFor('all posts back', async () => (await listCount(session)) === 3);
    await search.type('unfinished');
    await session.waitFor('no post for "unfinished"', async () => (await listCount(session)) === 0);

    // CJK words are found in bodies too.
    await session.press(KEY.escape);
    await session.waitFor('all posts back', async () => (await listCount(session)) === 3);
    await search.type('小型');
    await session.waitFor('one post for 小型', async () => (await listCount(session)) === 1);
    assert.deepEqual(await paths(session), ['content/posts/20240508-second-look.md']);
  });
});
