// Reordering a series in the panel, by keyboard (Alt+ArrowUp on a focused part: the order
// field changes on disk only on the two moved posts' lines, and the move is announced) and by
// drag and drop. Under WebKitWebDriver pointer actions fire dragstart but never dragover or drop
// (no native drag session; see docs/series.md), so the drag test dispatches the drag events a
// session would fire from the page: the panel's own handlers, the shell and the disk are real.

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

// The drag handlers in the real webview, with the same DOM events a native drag session fires
// (dispatched from the page: WebKitWebDriver has no drag session of its own).
const DRAG = `
  const [fromSelector, toSelector] = arguments;
  const from = document.querySelector(fromSelector);
  const to = document.querySelector(toSelector);
  const data = new DataTransfer();
  const fire = (target, type, y) => target.dispatchEvent(new DragEvent(type, {
    bubbles: true, cancelable: true, dataTransfer: data, clientX: target.getBoundingClientRect().left + 10, clientY: y,
  }));
  fire(from, 'dragstart', from.getBoundingClientRect().top + 5);
  const box = to.getBoundingClientRect();
  // Over the lower half of the last part: the drop lands after it.
  const below = box.top + box.height * 0.75;
  const accepted = !fire(to, 'dragover', below);
  fire(to, 'drop', below);
  fire(from, 'dragend', below);
  return accepted;`;

test('dragging the first part below the last renumbers all three, one line each', async (t) => {
  await withApp(t, { site: 'e2e-series' }, async ({ session, site }) => {
    const read = (name) => readFileSync(join(site, POSTS, `${name}.md`), 'utf8');
    const before = { one: read('part-one'), two: read('part-two'), three: read('part-three') };

    await (await session.waitForElement('[data-testid="sidebar-tab-series"]')).click();
    await session.waitForElement(item('part-three'));
    const accepted = await session.exec(DRAG, item('part-one'), item('part-three'));
    assert.equal(accepted, true, 'a part of the same series accepts the drop');

    const order = () =>
      session.exec(
        'return [...document.querySelectorAll(\'[data-testid="series-item"]\')].map((el) => el.dataset.path.split("/").pop());',
      );
    await session.waitFor('the new order in the panel', async () => {
      const now = await order();
      return now[2] === 'part-one.md' ? now : null;
    });
    assert.deepEqual(await order(), ['part-two.md', 'part-three.md', 'part-one.md']);
    assert.deepEqual(changedLines(before.one, read('part-one')), [['series_weight: 1', 'series_weight: 3']]);
    assert.deepEqual(changedLines(before.two, read('part-two')), [['series_weight: 2', 'series_weight: 1']]);
    assert.deepEqual(changedLines(before.three, read('part-three')), [['series_weight: 3', 'series_weight: 2']]);
    const marked = await session.exec('return document.querySelectorAll(".part.dragging, .part.drop-before, .part.drop-after").length;');
    assert.equal(marked, 0, 'no part stays marked as dragged or as a drop target');
  });
});
