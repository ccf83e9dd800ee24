// Where a typed letter's time goes, phase by phase, in the real app on the 50 KB post, and how a
// stylesheet variant changes it (an A/B test, interleaved so that both sides share the machine's
// load). A benchmark, not a test: nothing is asserted.
//
//   xvfb-run -a -s "-screen 0 1440x900x24" node scripts/bench/keystroke-phases.mjs [VARIANTS.json]
//
// Needs the debug app built (`./dev run` or `./dev test` builds it) and tauri-driver.
//
// Each letter is a `beforeinput` event of type insertText dispatched on the editor's content, so it
// takes the app's own typing path (typedInput, CodeMirror's transaction, the store, the preview's
// fast path) without the key's trip from the window system, which the e2e latency test covers. The
// phases, in ms from that dispatch:
//   task      the event's handling: CodeMirror's update and DOM, the caret's forced layout, the
//             store and the preview's drawing of the letter
//   micro     the microtasks queued by it (Svelte's effects)
//   toFrame   until the next animation frame starts
//   measure   the frame's animation callbacks: CodeMirror's measure, then the app's own
//   render    style, layout and paint of the frame, to a task queued at its start
//   painted   the sum: dispatch to painted
// Timer precision in WebKit is 1 ms, so compare means over many letters, not single values.
//
// VARIANTS.json (optional) maps a name to { "main": CSS for the app's document, "frame": CSS
// rules for the preview's document, separated by "|" }; the variant "shipped" (no extra CSS) and
// "no preview" (the preview's frame not displayed: the editor's own share) are always measured.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, REPO } from '../../tests/e2e/lib/app.mjs';
import { KEY } from '../../tests/e2e/lib/webdriver.mjs';
import { longPostSite, openLongPost } from '../../tests/e2e/lib/longPost.mjs';
import { stats } from './lib/stats.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 4);
const LETTERS_PER_BLOCK = Number(process.env.LETTERS ?? 40);
/** Between letters: a fast typist's pace, and time for the preview's confirming render. */
const PAUSE_MS = 80;

const VARIANTS = {
  shipped: {},
  'no preview': { main: '[data-testid="preview"] iframe { display: none !important; }' },
  ...(process.argv[2] ? JSON.parse(readFileSync(process.argv[2], 'utf8')) : {}),
};

/** In the page: applies a variant's stylesheets (replacing the previous variant's). */
const APPLY_VARIANT = `
  const [variant] = arguments;
  const frameDoc = document.querySelector('[data-testid="preview"] iframe').contentDocument;
  window.__benchBase ??= { sheets: [...document.adoptedStyleSheets], rules: frameDoc.styleSheets[0].cssRules.length };
  const base = window.__benchBase;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(variant.main ?? '');
  document.adoptedStyleSheets = [...base.sheets, sheet];
  const frameSheet = frameDoc.styleSheets[0];
  while (frameSheet.cssRules.length > base.rules) frameSheet.deleteRule(frameSheet.cssRules.length - 1);
  for (const rule of (variant.frame ?? '').split('|').filter((r) => r.trim())) frameSheet.insertRule(rule, frameSheet.cssRules.length);
  return true;`;

/** In the page: types a block of letters at the caret and returns each letter's phases. */
const TYPE_BLOCK = `
  const [count, pause] = arguments;
  const content = document.querySelector('[data-testid="editor"] .cm-content');
  const now = () => performance.now();
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(now())));
  return (async () => {
    const phases = [];
    await frame();
    await sleep(200);
    for (let i = 0; i < count; i++) {
      await frame();
      // A random phase against the frame clock, as real keys have.
      await sleep(Math.random() * 8);
      // Registered before the letter, so it runs before the callbacks the letter schedules; the
      // task it queues runs once the frame is painted, ahead of the app's own after-paint work.
      const early = new Promise((resolve) => requestAnimationFrame(() => {
        const at = now();
        resolve({ at, painted: new Promise((p) => setTimeout(() => p(now()), 0)) });
      }));
      const t0 = now();
      const event = new InputEvent('beforeinput', { inputType: 'insertText', data: 'q', bubbles: true, cancelable: true });
      content.dispatchEvent(event);
      const t1 = now();
      for (let k = 0; k < 5; k++) await null;
      const t2 = now();
      const late = frame();
      const start = await early;
      const measured = await late;
      const painted = await start.painted;
      if (!event.defaultPrevented) throw new Error('the editor did not take the letter on its typing path');
      phases.push({ task: t1 - t0, micro: t2 - t1, toFrame: start.at - t2, measure: measured - start.at, render: painted - measured, painted: painted - t0 });
      await sleep(pause);
    }
    return phases;
  })();`;

const app = await launch(longPostSite());
const results = {};
try {
  const { session } = app;
  await session.cmd('POST', '/timeouts', { script: 600000 });
  const line = await openLongPost(session);
  // The caret in the middle of the paragraph's first visual line: the rest of the paragraph moves with each letter.
  await line.click();
  // Round 0 warms up the JIT and caches and is not counted.
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [name, variant] of Object.entries(VARIANTS)) {
      await session.exec(APPLY_VARIANT, variant);
      const phases = await session.exec(TYPE_BLOCK, LETTERS_PER_BLOCK, PAUSE_MS);
      // The block's letters are one undo step: the paragraph is back to its length for the next block.
      await session.press([KEY.control, 'z']);
      if (round > 0) (results[name] ??= []).push(...phases);
    }
  }
} finally {
  await app.stop();
}

const report = {};
for (const [name, phases] of Object.entries(results)) {
  report[name] = { letters: phases.length };
  for (const phase of Object.keys(phases[0])) report[name][phase] = stats(phases.map((p) => p[phase]));
}
const phaseNames = ['task', 'micro', 'toFrame', 'measure', 'render', 'painted'];
console.log(`ms from the letter's dispatch, mean (p50 / p95); ${ROUNDS} rounds of ${LETTERS_PER_BLOCK} letters per variant`);
console.log(['variant'.padEnd(14), ...phaseNames.map((p) => p.padStart(16))].join(''));
for (const [name, row] of Object.entries(report)) {
  console.log([name.padEnd(14), ...phaseNames.map((p) => `${row[p].mean.toFixed(2)} (${row[p].p50}/${row[p].p95})`.padStart(16))].join(''));
}
mkdirSync(join(REPO, 'tests', 'e2e', 'artifacts'), { recursive: true });
writeFileSync(join(REPO, 'tests', 'e2e', 'artifacts', 'keystroke-phases.json'), JSON.stringify(report, null, 2));
