// Reordering a series in the panel by keyboard (Alt+ArrowUp on a focused part): the
// order field changes on disk only on the two moved posts' lines, and the move is
// announced. HTML drag and drop is not driven here: WebKitWebDriver's pointer actions
// do not start a native drag (see docs/series.md), so the keyboard path is the one tested.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';
import { KEY } from './lib/webdriver.mjs';

const POSTS = 'content/posts';
const item = (name) => `[data-testid="series-item"][data-path="${POSTS}/${name}.md"]`;

/** The file's lines that differ from `before`, as [old, new] pairs (same line count). */
function changedLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(a.length, b.length, 'no line was added or removed');
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]]]));
}

/** WebDriver's code for the Alt key (not among the harness' KEY constants). */
const ALT = '\uE00A';

test('Alt+ArrowUp on a focused part moves it up and writes only the two changed numbers', async (t) => {
  await withApp(t, { site: 'e2e-series' }, async ({ session, site }) => {
    const read = (name) => readFileSync(join(site, POSTS, `${name}.md`), 'utf8');
    const before = { one: read('part-one'), two: read('part-two'), three: read('part-three') };

    await (await session.waitForElement('[data-testid="sidebar-tab-series"]')).click();
    await session.waitForElement('[data-testid="series-panel"]');
    await session.waitForElement(item('part-three'));
    const order = () =>
      session.exec(
        'return [...document.querySelectorAll(\'[data-testid="series-item"]\')].map((el) => el.dataset.path.split("/").pop());',
      );
    assert.deepEqual(await order(), ['part-one.md', 'part-two.md', 'part-three.md']);

    await session.exec(`document.querySelector('${item('part-three')}').focus(); return true;`);
    await session.press([ALT, KEY.arrowUp]);

    await session.waitFor('the new order in the panel', async () => {
      const now = await order();
      return now[1] === 'part-three.md' ? now : null;
    });
    assert.deepEqual(await order(), ['part-one.md', 'part-three.md', 'part-two.md']);
    const announced = await session.textOf('[data-testid="series-announce"]');
    assert.equal(announced, 'Hugo by hand: publishing is now part 2 of 3.');
    // The moved part keeps the keyboard focus, so it can be moved again.
    const focused = await session.exec('return document.activeElement?.dataset?.path ?? null;');
    assert.equal(focused, `${POSTS}/part-three.md`);

    assert.equal(read('part-one'), before.one, 'the part that did not move is untouched');
    assert.deepEqual(changedLines(before.three, read('part-three')), [['series_weight: 3', 'series_weight: 2']]);
    assert.deepEqual(changedLines(before.two, read('part-two')), [['series_weight: 2', 'series_weight: 3']]);
    const parts = await session.exec(
      'return [...document.querySelectorAll(\'[data-testid="series-item"]\')].map((el) => el.dataset.part);',
    );
    assert.deepEqual(parts, ['1', '2', '3']);
  });
});
