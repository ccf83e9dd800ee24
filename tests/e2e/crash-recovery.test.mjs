// Fault injection with real processes: the app is killed with SIGKILL while the writer types
// and while it saves, again and again. Every file on disk is a whole version (never torn), and
// the next launch offers back the text that was not saved.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './lib/app.mjs';
import { pressSave, editorText, journalEntries, openPost, typeAtEnd } from './lib/editing.mjs';

const POST = 'content/posts/20240508-second-look.md';
const ROUNDS = 8;

test(`kill -9 while typing and while saving, ${ROUNDS} times: files stay whole and unsaved text comes back`, async (t) => {
  let again;
  /** Everything ever typed, in order: every file version must be the original plus a prefix of it. */
  let original = null;
  let typed = '';
  let offered = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const app = await launch(again ? { again } : { site: 'e2e-small' });
    again = { home: app.home, site: app.site };
    const file = join(app.site, POST);
    original ??= readFileSync(file, 'utf8');
    const { session } = app;
    try {
      const pending = journalEntries(app.home).find((entry) => entry.path === POST);
      const disk = readFileSync(file, 'utf8');
      if (pending && pending.text !== disk) {
        // The last round's unsaved text is offered, with a diff against the file.
        const item = `[data-testid="recovery-item"][data-path="${POST}"]`;
        await session.waitForElement(item);
        offered++;
        await session.waitForElement(`${item} [data-testid="diff"] pre`);
        if (pending.text.length > disk.length) {
          await (await session.find(`${item} [data-testid="recovery-restore"]`)).click();
          const restored = pending.text.trimEnd().split('\n').at(-1);
          await session.waitFor('the restored text in the editor', async () => (await editorText(session)).includes(restored));
          // Journaled against an older file (the kill fell between a save and the next journal write):
          // the tab opens in conflict and the writer chooses; here, their text.
          const keepMine = await session.find('[data-testid="keep-mine"]');
          if (keepMine) await keepMine.click();
          else await pressSave(session);
          await session.waitFor('the restored text on disk', () => readFileSync(file, 'utf8') === pending.text);
        } else {
          // Older than the file (the app died between a save and clearing the journal): the writer discards it.
          await (await session.find(`${item} [data-testid="recovery-discard"]`)).click();
          await openPost(session, POST);
        }
      } else {
        await openPost(session, POST);
      }
      const alpha = ` round ${round} alpha.`;
      await typeAtEnd(session, alpha);
      typed += alpha;
      // Journaled within a second of typing.
      await new Promise((r) => setTimeout(r, 1200));
      const beta = ` round ${round} beta, typed fast and cut short by the kill.`;
      const content = await session.find('[data-testid="editor"] .cm-content');
      // Odd rounds save as the typing goes on, so the kill can land in the middle of a save.
      const typing = content.type(beta).catch(() => {});
      if (round % 2 === 1) await pressSave(session).catch(() => {});
      typed += beta;
      await new Promise((r) => setTimeout(r, 50 + ((round * 97) % 400)));
      const pid = app.appPid();
      assert.ok(pid, 'the app process was found');
      process.kill(pid, 'SIGKILL');
      await typing;
    } finally {
      await app.stop({ name: `${t.name} round ${round}`, passed: true });
    }
    const disk = readFileSync(file, 'utf8');
    assert.ok(disk.startsWith(original), `round ${round}: the file is a whole version`);
    assert.ok(typed.startsWith(disk.slice(original.length)), `round ${round}: the file is a whole version, not torn`);
    const saved = disk.includes(`round ${round} alpha.`);
    const journaled = journalEntries(again.home).some((entry) => entry.path === POST && entry.text.includes(`round ${round} alpha.`));
    assert.ok(saved || journaled, `round ${round}: the text typed a second before the kill is on disk or in the journal`);
    // What was typed after the cut is gone for good: continue from what survived.
    const journal = journalEntries(again.home).find((entry) => entry.path === POST)?.text ?? '';
    typed = (journal.length > disk.length ? journal : disk).slice(original.length);
  }
  t.diagnostic(`${ROUNDS} kills; the next launch offered unsaved text ${offered} times`);
  // Rounds killed mid-typing leave journaled text the disk does not have: recovery must have been exercised.
  assert.ok(offered > 0, 'at least one relaunch offered unsaved text back');
});
