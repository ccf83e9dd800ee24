// "Sync cross-links" in the series panel: the diff is shown before anything is written,
// and after confirming every post of the series carries its block on disk.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';

const POSTS = 'content/posts';
const START = '[//]: # (inkstone:series)';
const END = '[//]: # (/inkstone:series)';

test('sync shows the diff, writes nothing until confirmed, then puts the block in every part', async (t) => {
  await withApp(t, { site: 'e2e-series' }, async ({ session, site }) => {
    const read = (name) => readFileSync(join(site, POSTS, `${name}.md`), 'utf8');
    const before = { one: read('part-one'), two: read('part-two'), three: read('part-three') };

    await (await session.waitForElement('[data-testid="sidebar-tab-series"]')).click();
    // The hand-written note of part one is not checked; the panel lists every part.
    await session.waitForElement('[data-testid="series-item"][data-path="content/posts/part-three.md"][data-draft="true"]');
    await (await session.waitForElement('[data-testid="series-sync"]')).click();

    await session.waitForElement('[data-testid="series-sync-diff"]');
    const diff = await session.textOf('[data-testid="series-sync-diff"]');
    for (const name of ['part-one', 'part-two', 'part-three']) {
      assert.ok(diff.includes(`--- a/${POSTS}/${name}.md`), `the diff names ${name}`);
    }
    assert.ok(diff.includes('-> This post is part 1 of the series “Hugo by hand”; see also the next parts.'));
    assert.ok(diff.includes(`+${START}`));
    assert.deepEqual(
      { one: read('part-one'), two: read('part-two'), three: read('part-three') },
      before,
      'nothing is written before the writer confirms',
    );

    await (await session.find('[data-testid="series-sync-confirm"]')).click();
    await session.waitFor('the blocks on disk', () => read('part-two').includes(START));
    await session.waitFor('the dialog to close', async () =>
      session.exec('return !document.querySelector(\'[data-testid="series-sync-dialog"]\').open;'),
    );

    const block = (quote) => `${START}\n\n${quote}\n\n${END}\n`;
    // Published parts do not link the draft part three; the draft links every part.
    assert.equal(
      read('part-one'),
      before.one.replace(
        '> This post is part 1 of the series “Hugo by hand”; see also the next parts.\n',
        block('> This post is part 1 of the series “Hugo by hand”; see also [Hugo by hand: front matter](/posts/part-two/).'),
      ),
    );
    assert.equal(
      read('part-two'),
      before.two.replace(
        '---\n\nEvery post',
        `---\n\n${block('> This post is part 2 of the series “Hugo by hand”; see also [Hugo by hand: the folder](/posts/part-one/).')}\nEvery post`,
      ),
    );
    assert.equal(
      read('part-three'),
      before.three.replace(
        '---\n\nStill',
        `---\n\n${block('> This post is part 3 of the series “Hugo by hand”; see also [Hugo by hand: the folder](/posts/part-one/) and [Hugo by hand: front matter](/posts/part-two/).')}\nStill`,
      ),
    );
  });
});
