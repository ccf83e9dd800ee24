// A code block with `linenos=table`: chroma puts the line numbers and the code in two table cells,
// and each number must sit on the same line as the code it numbers, in the real app's preview.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { smallSiteWith, withApp } from './lib/app.mjs';
import { openPost } from './lib/desk.mjs';

const POST = 'content/posts/20260102-numbered-code.md';
const TEXT = [
  '---',
  'title: "Numbered code"',
  'date: 2026-01-02T09:00:00+08:00',
  '---',
  '',
  '範例：',
  '',
  '```go {linenos=table}',
  'package main',
  '',
  'func main() {',
  '\tprintln("墨")',
  '}',
  '```',
  '',
].join('\n');

test('line numbers of a table-form code block line up with its lines', async (t) => {
  await withApp(t, smallSiteWith(POST, TEXT), async ({ session }) => {
    await openPost(session, POST);
    const tops = await session.waitFor('the numbered code block in the preview', () =>
      session.exec(`const d = document.querySelector('[data-testid="preview"] iframe')?.contentDocument;
        const cells = d?.querySelectorAll('.highlight table td');
        if (!cells || cells.length !== 2) return null;
        const tops = (cell) => [...cell.querySelectorAll('code > span')].map((line) => Math.round(line.getBoundingClientRect().top));
        return { numbers: tops(cells[0]), code: tops(cells[1]) };`),
    );
    assert.equal(tops.numbers.length, 5, `five numbered lines: ${JSON.stringify(tops)}`);
    assert.deepEqual(tops.numbers, tops.code, 'each number is on its line');
  });
});
