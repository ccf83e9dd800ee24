// Inside one keystroke: how long each step of CodeMirror's update takes, in the real app on the
// 50 KB post, with real keys (WebDriver actions) typed mid-paragraph. A benchmark, not a test:
// nothing is asserted. It complements keystroke-phases.mjs (the phases around the task) by
// splitting the task and the frame into CodeMirror's own steps.
//
//   xvfb-run -a -s "-screen 0 1440x900x24" node scripts/bench/keystroke-steps.mjs
//
// Needs the debug app built (`./dev run` or `./dev test` builds it) and tauri-driver. LETTERS
// (default 80) letters are typed twice; the first round warms up and is not counted. A plain
// letter is drawn ahead of the editor's update (ui/src/editor/typedAhead.ts): its dispatch, and
// so CodeMirror's steps below, come after the painted mark. TYPED_AHEAD=0 switches that off, to
// compare with the path where the dispatch comes first.
//
// It wraps methods of the running editor's view at run time (reached through the content DOM's
// `cmTile`), so it depends on CodeMirror's internals and may need updating with CodeMirror. The
// steps, ms per letter (mean, and p95):
//   keyQueued     the key's event time to its keydown handler (waiting behind other work)
//   toInput       keydown to beforeinput (the keymaps, keypress); 0 where the letter is taken at keydown
//   dispatch      the whole dispatch: the new state, the store and the preview's fast path, the view's update
//   newState      the transaction's new state (the syntax parse, history, the other fields)
//   update        the view's update, of which: viewState, plugins, docUpdate (DOM) and selection
//                 (writing the DOM selection, which makes WebKit lay the line out)
//   taskEnd       key event time to the end of the keystroke's task
//   frame         key event time to the next animation frame
//   measure       CodeMirror's measure in that frame
//   layoutLeft    style and layout still to do after the frame's callbacks (both documents; forced)
//   paint         from the end of the frame's callbacks to the painted mark: the frame's paint
//   painted       key event time to a task queued in the frame (its style, layout and paint done)
// WebKit's clock has 1 ms precision: compare means over many letters.

import { launch } from '../../tests/e2e/lib/app.mjs';
import { KEY } from '../../tests/e2e/lib/webdriver.mjs';
import { longPostSite, openLongPost } from '../../tests/e2e/lib/longPost.mjs';
import { stats } from './lib/stats.mjs';

const LETTERS = Number(process.env.LETTERS ?? 80);

/** In the page: wraps the view's steps with timers; each keydown starts a record in `window.__steps`. */
const INSTALL = `
  const [typedAhead] = arguments;
  window.__inkstoneTypedAhead = typedAhead;
  const content = document.querySelector('[data-testid="editor"] .cm-content');
  const view = content.cmTile.view;
  const log = [];
  let current = null;
  window.__steps = log;
  const now = () => performance.now();
  const timed = (owner, method, step) => {
    const original = owner[method];
    owner[method] = function (...args) {
      const start = now();
      try {
        return original.apply(this, args);
      } finally {
        if (current) current[step] = (current[step] ?? 0) + now() - start;
      }
    };
  };
  window.addEventListener('keydown', (event) => { current = { key: event.timeStamp, keydown: now() }; log.push(current); }, true);
  window.addEventListener('beforeinput', () => { if (current) current.input = now(); }, true);
  // Added after CodeMirror's own handlers on the same element, so they run after the letter's
  // dispatch, from its beforeinput or (on Linux) already from its keydown; the microtask marks the
  // end of the task's script. The animation-frame callback it asks for runs after CodeMirror's
  // measure in the same frame: what the frame still has to do there, style and layout (forced
  // here to time them) and then the paint, is the frame's own.
  const dispatched = () => {
    const record = current;
    if (!record || record.dispatched) return;
    record.dispatched = true;
    Promise.resolve().then(() => {
      record.taskEnd = now();
      requestAnimationFrame(() => {
        const start = now();
        document.documentElement.offsetHeight;
        document.querySelector('[data-testid="preview"] iframe')?.contentDocument?.documentElement.offsetHeight;
        record.callbacksDone = start;
        record.layoutLeft = now() - start;
      });
    });
  };
  content.addEventListener('beforeinput', dispatched);
  content.addEventListener('keydown', (event) => {
    if (!event.defaultPrevented || !current) return;
    // Taken at keydown: there is no beforeinput, so no time between the two.
    current.input = current.keydown;
    dispatched();
  });
  timed(view, 'dispatch', 'dispatch');
  timed(Object.getPrototypeOf(view.state), 'applyTransaction', 'newState');
  timed(view, 'update', 'update');
  timed(view.viewState, 'update', 'viewState');
  timed(view, 'updatePlugins', 'plugins');
  timed(view.docView, 'update', 'docUpdate');
  timed(view.docView, 'updateSelection', 'selection');
  timed(view, 'measure', 'measure');
  const onFrame = () => {
    const record = current;
    if (record && record.input && !record.frame) {
      record.frame = now();
      setTimeout(() => { record.painted = now(); }, 0);
    }
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  return true;`;

const app = await launch(longPostSite());
let records;
try {
  const { session } = app;
  const line = await openLongPost(session);
  // The caret at the end of the paragraph's first visual line: the rest of the paragraph moves with each letter.
  await line.click();
  await session.press(KEY.end);
  await session.exec(INSTALL, process.env.TYPED_AHEAD !== '0');
  for (let round = 0; round < 2; round++) {
    const actions = [];
    for (let i = 0; i < LETTERS; i++) {
      const value = 'qz'[i % 2];
      actions.push({ type: 'keyDown', value }, { type: 'pause', duration: 40 }, { type: 'keyUp', value }, { type: 'pause', duration: 40 });
    }
    await session.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }
  await new Promise((r) => setTimeout(r, 500));
  records = (await session.exec('return window.__steps;')).slice(LETTERS).filter((r) => r.painted);
} finally {
  await app.stop();
}

const report = {
  letters: records.length,
  keyQueued: stats(records.map((r) => r.keydown - r.key)),
  toInput: stats(records.map((r) => r.input - r.keydown)),
  dispatch: stats(records.map((r) => r.dispatch)),
  newState: stats(records.map((r) => r.newState ?? 0)),
  update: stats(records.map((r) => r.update)),
  viewState: stats(records.map((r) => r.viewState ?? 0)),
  plugins: stats(records.map((r) => r.plugins ?? 0)),
  docUpdate: stats(records.map((r) => r.docUpdate ?? 0)),
  selection: stats(records.map((r) => r.selection ?? 0)),
  taskEnd: stats(records.map((r) => r.taskEnd - r.key)),
  frame: stats(records.map((r) => r.frame - r.key)),
  measure: stats(records.map((r) => r.measure ?? 0)),
  layoutLeft: stats(records.map((r) => r.layoutLeft ?? 0)),
  paint: stats(records.map((r) => r.painted - r.callbacksDone)),
  painted: stats(records.map((r) => r.painted - r.key)),
};
console.log(`ms per letter, mean (p95), ${report.letters} letters typed mid-paragraph`);
for (const [step, value] of Object.entries(report)) if (step !== 'letters') console.log(`${step.padEnd(12)}${value.mean.toFixed(2).padStart(7)} (${value.p95})`);
