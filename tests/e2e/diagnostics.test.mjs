// Checks run on the open buffer: a front matter error shows in the diagnostics panel
// at its line, with the same code `inkstone check` gives.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';

const POST = 'content/posts/20260301-bad-date.md';
const TEXT = ['---', 'title: "Bad date"', 'date: 2026-13-45', 'draft: true', '---', '', 'Body.', ''].join('\n');

test('an invalid date is reported at its line while the post is open', async (t) => {
  const prepare = (site) => writeFileSync(join(site, POST), TEXT);
  await withApp(t, { site: 'e2e-small', prepare }, async ({ session }) => {
    const item = await session.waitForElement(`[data-testid="post-item"][data-path="${POST}"]`);
    await item.click();
    const found = await session.waitForElement('[data-testid="diagnostic"][data-line="3"]');
    assert.equal(await found.attr('data-severity'), 'error');
    const text = await session.textOf('[data-testid="diagnostic"][data-line="3"]');
    assert.match(text, /date/);
  });
});
