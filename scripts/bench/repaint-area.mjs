// What a frame's paint costs the webview as a function of the area it repaints, in the real app
// with the 50 KB post open: a box laid over the editor and the preview changes its background in
// an animation frame, and the time from that change to a task queued in the frame (its style,
// layout and paint done) is taken. A benchmark, not a test: nothing is asserted.
//
//   xvfb-run -a -s "-screen 0 1440x900x24" node scripts/bench/repaint-area.mjs
//
// Needs the debug app built (`./dev run` or `./dev test` builds it) and tauri-driver. A typed
// letter that reflows the rest of a paragraph repaints the changed lines of both panes; where the
// two regions are close, the webview paints their bounding box in one piece. The largest case here
// is that box as measured for a letter typed mid-paragraph (docs/preview-latency.md), the smallest
// is the cost every frame has. `FRAMES` (default 40) frames per case; WebKit's clock has 1 ms
// precision, so read the means.

import { launch } from '../../tests/e2e/lib/app.mjs';
import { longPostSite, openLongPost } from '../../tests/e2e/lib/longPost.mjs';
import { stats } from './lib/stats.mjs';

const FRAMES = Number(process.env.FRAMES ?? 40);
/** Width x height in CSS pixels; the last is a mid-paragraph keystroke's repainted box. */
const AREAS = [
  [10, 10],
  [438, 100],
  [876, 100],
  [438, 287],
  [876, 287],
];

/** In the page: `frames` background changes of a box of the given size, with or without text in it; ms each. */
const REPAINT = `
  const [width, height, withText, frames] = arguments;
  const editor = document.querySelector('[data-testid="editor"] .cm-content').getBoundingClientRect();
  const box = document.createElement('div');
  // Over the editor's text and on across the preview, where typing repaints.
  box.style.cssText = 'position: fixed; z-index: 2147483647; overflow: hidden; font: 15px sans-serif;' +
    'left: ' + editor.left + 'px; top: ' + (editor.top + 120) + 'px; width: ' + width + 'px; height: ' + height + 'px;';
  if (withText) box.textContent = 'The draft grows one careful sentence at a time. '.repeat(Math.ceil((width * height) / 600));
  document.body.appendChild(box);
  const times = [];
  return (async () => {
    // The box's own first paint is not counted.
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50)));
    for (let i = 0; i < frames; i++) {
      await new Promise((ok) => requestAnimationFrame(() => {
        const start = performance.now();
        box.style.background = i % 2 ? 'Canvas' : 'Highlight';
        setTimeout(() => { times.push(performance.now() - start); ok(); }, 0);
      }));
      // Frames apart, as keystrokes are.
      await new Promise((ok) => setTimeout(ok, 30));
    }
    box.remove();
    return times;
  })();`;

const app = await launch(longPostSite());
const report = {};
try {
  const { session } = app;
  await openLongPost(session);
  for (const withText of [false, true]) {
    for (const [width, height] of AREAS) {
      const times = await session.exec(REPAINT, width, height, withText, FRAMES);
      report[`${width}x${height}${withText ? ' text' : ''}`] = stats(times);
    }
  }
} finally {
  await app.stop();
}

console.log(`ms from a change in a frame to that frame painted, mean (p95), ${FRAMES} frames per box`);
for (const [area, value] of Object.entries(report)) console.log(`${area.padEnd(16)}${value.mean.toFixed(2).padStart(7)} (${value.p95})`);
