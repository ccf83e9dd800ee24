// Keystroke to painted preview on a 50 KB post, measured in the real app. The figures are
// recorded (stdout and tests/e2e/artifacts/preview-latency.json), never asserted: timing
// depends on the machine. The test fails only if the preview stops following the typing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp, REPO } from './lib/app.mjs';

const POST = 'content/posts/20260101-long-read.md';
const KEYSTROKES = 40;

/** A 50 KB post of mixed Chinese and English paragraphs under a dozen headings. */
function longPost() {
  const zh = '長文寫作需要一個能跟上思緒的編輯器，預覽必須在每次按鍵後立即更新，而且不能閃爍。';
  const en = 'A preview that follows every keystroke lets the writer see the published page while drafting. ';
  const parts = ['---', 'title: "Long read"', 'date: 2026-01-01T09:00:00+08:00', 'draft: true', '---', ''];
  let size = 0;
  for (let h = 1; size < 50_000; h++) {
    const block = [`## Section ${h}`, '', zh.repeat(6), '', en.repeat(5), '', `- item ${h}`, `- **bold** and *italic*`, ''];
    parts.push(...block);
    size = Buffer.byteLength(parts.join('\n'));
  }
  parts.push('The end.', '');
  return parts.join('\n');
}

/** In the page: timestamps of each keystroke and of the preview change that shows it. */
const INSTALL = `
  window.__lat = { keys: [], paints: [] };
  const content = document.querySelector('[data-testid="editor"] .cm-content');
  content.addEventListener('keydown', () => window.__lat.keys.push(performance.now()), true);
  const frame = document.querySelector('[data-testid="preview"] iframe');
  const watch = () => {
    const doc = frame.contentDocument;
    new MutationObserver(() => {
      const seen = (doc.body.textContent.match(/Zq/g) || []).length;
      // Count a paint once the frame after the DOM change is drawn.
      requestAnimationFrame(() => window.__lat.paints.push({ seen, at: performance.now() }));
    }).observe(doc.body, { childList: true, subtree: true, characterData: true });
  };
  watch();
  frame.addEventListener('load', watch);
  return true;`;

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

test('preview latency on a 50 KB post is recorded', async (t) => {
  const text = longPost();
  await withApp(t, { site: 'e2e-small', prepare: (site) => writeFileSync(join(site, POST), text) }, async ({ session }) => {
    const item = await session.waitForElement(`[data-testid="post-item"][data-path="${POST}"]`);
    await item.click();
    await session.waitFor('the long post in the preview', async () =>
      session.exec(`const f = document.querySelector('[data-testid="preview"] iframe');
        return !!(f && f.contentDocument && f.contentDocument.body.textContent.includes('The end.'));`),
    );
    await session.exec(INSTALL);
    const content = await session.find('[data-testid="editor"] .cm-content');
    await content.click();
    // Type at the very start of the body, one key at a time, as fast as WebDriver sends them.
    for (let i = 0; i < KEYSTROKES; i++) await content.type(i % 2 ? 'q' : 'Z');
    await session.waitFor('the preview to show every keystroke', async () =>
      session.exec(`const d = document.querySelector('[data-testid="preview"] iframe').contentDocument;
        return (d.body.textContent.match(/Zq/g) || []).length >= ${KEYSTROKES / 2};`),
    );
    const { keys, paints } = await session.exec('return window.__lat;');
    // For each keystroke, the first painted preview at or after it.
    const latencies = keys
      .map((k) => paints.find((p) => p.at >= k))
      .filter(Boolean)
      .map((p, i) => p.at - keys[i])
      .sort((a, b) => a - b);
    assert.ok(latencies.length > 0, 'the preview changed after typing');
    const report = {
      postBytes: Buffer.byteLength(text),
      keystrokes: keys.length,
      p50ms: Math.round(percentile(latencies, 50) * 10) / 10,
      p95ms: Math.round(percentile(latencies, 95) * 10) / 10,
      maxms: Math.round(latencies[latencies.length - 1] * 10) / 10,
    };
    mkdirSync(join(REPO, 'tests', 'e2e', 'artifacts'), { recursive: true });
    writeFileSync(join(REPO, 'tests', 'e2e', 'artifacts', 'preview-latency.json'), JSON.stringify(report, null, 2));
    console.log(`preview latency: ${JSON.stringify(report)}`);
  });
});
