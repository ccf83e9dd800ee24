// The 50 KB post the preview's latency is measured on (the e2e latency test and the keystroke
// benches in scripts/bench): mixed Chinese and English paragraphs under a dozen headings, with
// shortcodes, shaped like the reference post.

import { smallSiteWith } from './app.mjs';

/** Where the post lives in the e2e site. */
export const LONG_POST = 'content/posts/20260101-long-read.md';
/** Launch options (`launch`, `withApp`): the small e2e site with `text` (the long post by default) at LONG_POST. */
export function longPostSite(text = longPost()) {
  return smallSiteWith(LONG_POST, text);
}

/** The start of the English paragraphs the measurements type into. */
export const ENGLISH_PARAGRAPH = 'A preview that follows';

export function longPost() {
  const zh = '長文寫作需要一個能跟上思緒的編輯器，預覽必須在每次按鍵後立即更新，而且不能閃爍。';
  const en = 'A preview that follows every keystroke lets the writer see the published page while drafting. ';
  // A video shortcode up top, and a paired shortcode further down.
  const parts = ['---', 'title: "Long read"', 'date: 2026-01-01T09:00:00+08:00', 'draft: true', '---', ''];
  parts.push('{{< youtube FytajtbCY94 >}}', '', '{{< details summary="附註" >}}', '', zh, '', '{{< /details >}}', '');
  let size = 0;
  for (let h = 1; size < 50_000; h++) {
    const block = [`## Section ${h}`, '', zh.repeat(6), '', en.repeat(5), '', `- item ${h}`, `- **bold** and *italic*`, ''];
    parts.push(...block);
    size = Buffer.byteLength(parts.join('\n'));
  }
  parts.push('The end.', '');
  return parts.join('\n');
}

/**
 * Opens the long post (the app launched on a site holding it) and waits until the preview shows
 * all of it; returns the editor's line element of the first English paragraph.
 */
export async function openLongPost(session) {
  const item = await session.waitForElement(`[data-testid="post-item"][data-path="${LONG_POST}"]`);
  await item.click();
  await session.waitFor('the long post in the preview', async () =>
    session.exec(`const f = document.querySelector('[data-testid="preview"] iframe');
      return !!(f && f.contentDocument && f.contentDocument.body.textContent.includes('The end.'));`),
  );
  return session.waitFor('the first English paragraph in the editor', async () => {
    for (const candidate of await session.findAll('[data-testid="editor"] .cm-line')) {
      const starts = await session.exec(`return arguments[0].textContent.startsWith(${JSON.stringify(ENGLISH_PARAGRAPH)});`, {
        'element-6066-11e4-a52e-4f735466cecf': candidate.id,
      });
      if (starts) return candidate;
    }
    return null;
  });
}
