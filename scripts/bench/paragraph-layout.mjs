// What one typed letter costs the webview as a function of the paragraph's length and of where in
// the paragraph it is typed, outside the app's own code: a bare editable paragraph with the
// editor's font and width, a letter inserted into its text and the caret placed after it, as
// CodeMirror does for each keystroke. A benchmark, not a test: nothing is asserted.
//
//   xvfb-run -a -s "-screen 0 1440x900x24" node scripts/bench/paragraph-layout.mjs
//
// Needs the debug app built (`./dev run` or `./dev test` builds it) and tauri-driver. Reports, in ms
// (mean over the letters; WebKit's clock has 1 ms precision):
//   caret     placing the caret after the inserted letter, which makes WebKit lay the paragraph out
//   painted   from the insertion to a task queued in the next frame, after its style, layout, paint
// `ROUNDS` (default 3) rounds of `LETTERS` (default 30) letters per case, the cases interleaved;
// `CSS` adds declarations to the paragraph's box (to try a wrapping or font setting).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, REPO } from '../../tests/e2e/lib/app.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const LETTERS = Number(process.env.LETTERS ?? 30);
const LENGTHS = [100, 250, 500, 1000, 2000];
const EXTRA_CSS = process.env.CSS ?? '';
/** Word-wrapped English, and Chinese that breaks between any two characters. */
const TEXTS = {
  latin: 'The draft grows one careful sentence at a time, and the page keeps up. ',
  cjk: '每一段文字都在編輯器裡慢慢長大，預覽隨之更新。',
};

/** In the page: one case, `letters` letters typed at the start or the end of a paragraph of `length` characters. */
const TYPE_CASE = `
  const [sample, length, where, letters, extraCss] = arguments;
  const editor = document.querySelector('[data-testid="editor"] .cm-content');
  const style = getComputedStyle(editor);
  const box = editor.getBoundingClientRect();
  const host = document.createElement('div');
  host.contentEditable = 'true';
  // The editor's font and width, wrapped as CodeMirror wraps lines; tall enough never to clip the paragraph.
  host.style.cssText = 'position: fixed; left: ' + box.left + 'px; top: 0; width: ' + box.width + 'px; height: 100vh;' +
    'overflow: hidden; z-index: 2147483647; background: Canvas; color: CanvasText; contain: size layout style;' +
    'white-space: break-spaces; word-break: break-word; overflow-wrap: anywhere;' +
    'font: ' + style.font + '; line-height: ' + style.lineHeight + '; padding: ' + style.padding + ';' + extraCss;
  const paragraph = document.createElement('div');
  paragraph.textContent = sample.repeat(Math.ceil(length / sample.length)).slice(0, length);
  host.appendChild(paragraph);
  document.body.appendChild(host);
  host.focus();
  const text = paragraph.firstChild;
  let at = where === 'start' ? 10 : text.length;
  const selection = getSelection();
  selection.collapse(text, at);
  const now = () => performance.now();
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const paintedAt = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(now()), 0)));
  return (async () => {
    await paintedAt();
    await sleep(100);
    const out = [];
    for (let i = 0; i < letters; i++) {
      await paintedAt();
      await sleep(20 + Math.random() * 8);
      const start = now();
      text.insertData(at, 'q');
      at += 1;
      const inserted = now();
      selection.collapse(text, at);
      const placed = now();
      const painted = await paintedAt();
      out.push({ caret: placed - inserted, painted: painted - start });
    }
    host.remove();
    return out;
  })();`;

const mean = (values) => Math.round((100 * values.reduce((sum, v) => sum + v, 0)) / values.length) / 100;

const app = await launch({ site: 'e2e-small' });
const results = {};
try {
  const { session } = app;
  await session.cmd('POST', '/timeouts', { script: 600000 });
  await session.waitForElement('[data-testid="editor"] .cm-content');
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [script, sample] of Object.entries(TEXTS)) {
      for (const length of LENGTHS) {
        for (const where of ['start', 'end']) {
          const letters = await session.exec(TYPE_CASE, sample, length, where, LETTERS, EXTRA_CSS);
          // Round 0 warms up the JIT and the font caches and is not counted.
          if (round > 0) (results[`${script} ${length} ${where}`] ??= []).push(...letters);
        }
      }
    }
  }
} finally {
  await app.stop();
}

const report = {};
console.log(`ms, mean over ${ROUNDS * LETTERS} letters per case`);
console.log(['case'.padEnd(18), 'caret'.padStart(8), 'painted'.padStart(9)].join(''));
for (const [name, letters] of Object.entries(results)) {
  report[name] = { caret: mean(letters.map((l) => l.caret)), painted: mean(letters.map((l) => l.painted)) };
  console.log([name.padEnd(18), report[name].caret.toFixed(2).padStart(8), report[name].painted.toFixed(2).padStart(9)].join(''));
}
mkdirSync(join(REPO, 'tests', 'e2e', 'artifacts'), { recursive: true });
writeFileSync(join(REPO, 'tests', 'e2e', 'artifacts', 'paragraph-layout.json'), JSON.stringify(report, null, 2));
