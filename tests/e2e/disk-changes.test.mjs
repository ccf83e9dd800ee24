// Changes made on disk by other tools while a post is open: a clean buffer follows them, unsaved
// text is never overwritten (banner, diff, merge), a deleted or moved post keeps its text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp } from './lib/app.mjs';
import { EDITOR_VIEW, editorText, openPost, typeAtEnd, waitForFile, waitForState } from './lib/editing.mjs';

const POST = 'content/posts/20240501-first-light.md';
const OTHER = 'content/posts/20240508-second-look.md';

test('an outside edit to an open post with no unsaved text reloads it, and nothing is written back', async (t) => {
  await withApp(t, { site: 'e2e-small' }, async ({ session, site }) => {
    await openPost(session, POST);
    const file = join(site, POST);
    const edited = readFileSync(file, 'utf8').replace('The first post of a tiny site.', 'The first post, edited in another editor.');
    writeFileSync(file, edited);
    await session.waitFor('the editor to show the outside edit', async () => (await editorText(session)).includes('edited in another editor'));
    assert.equal(await session.find('[data-testid="conflict-banner"]'), null);
    await waitForState(session, 'saved');
    assert.equal(readFileSync(file, 'utf8'), edited);
  });
});

test('an outside edit under unsaved text shows the banner with a diff; merge keeps both edits', async (t) => {
  await withApp(t, { site: 'e2e-small' }, async ({ session, site }) => {
    await openPost(session, POST);
    const file = join(site, POST);
    await typeAtEnd(session, '\nMy unsaved closing line.');
    // Another tool changes the title while the writer's text is unsaved (well before the 2 s autosave).
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "First Light"', 'title: "First Light, Retitled"'));
    await session.waitForElement('[data-testid="conflict-banner"][data-mode="choose"]');
    await waitForState(session, 'conflict');
    await session.waitFor('the diff to show the disk title', async () =>
      (await session.textOf('[data-testid="conflict-diff"]')).includes('First Light, Retitled'),
    );
    // Nothing of the writer's reached the disk.
    assert.ok(!readFileSync(file, 'utf8').includes('My unsaved closing line.'));
    await (await session.find('[data-testid="merge"]')).click();
    await session.waitFor('the merged text in the editor', async () => {
      const text = await editorText(session);
      return text.includes('First Light, Retitled') && text.includes('My unsaved closing line.');
    });
    // The clean merge is ordinary unsaved text: autosave writes it.
    await waitForFile(session, file, (text) => text.includes('First Light, Retitled') && text.includes('My unsaved closing line.'));
    await waitForState(session, 'saved');
  });
});

test('conflicting edits merge with markers, and save-status stays conflict until they are resolved', async (t) => {
  await withApp(t, { site: 'e2e-small' }, async ({ session, site }) => {
    await openPost(session, OTHER);
    const file = join(site, OTHER);
    const before = readFileSync(file, 'utf8');
    const lastLine = before.trimEnd().split('\n').at(-1);
    await typeAtEnd(session, ' Mine.');
    writeFileSync(file, before.replace(lastLine, `${lastLine} Theirs.`));
    await session.waitForElement('[data-testid="conflict-banner"][data-mode="choose"]');
    await (await session.find('[data-testid="merge"]')).click();
    await session.waitForElement('[data-testid="conflict-banner"][data-mode="resolving"]');
    const merged = await editorText(session);
    assert.match(merged, /<<<<<<< mine/);
    assert.match(merged, />>>>>>> disk/);
    await waitForState(session, 'conflict');
    // Autosave must not write markers to disk.
    await new Promise((r) => setTimeout(r, 2500));
    assert.equal(readFileSync(file, 'utf8'), before.replace(lastLine, `${lastLine} Theirs.`));
  });
});

test('the open post deleted on disk keeps its text, is marked, and can be saved again', async (t) => {
  await withApp(t, { site: 'e2e-small' }, async ({ session, site }) => {
    await openPost(session, POST);
    const file = join(site, POST);
    const text = readFileSync(file, 'utf8');
    unlinkSync(file);
    await session.waitForElement('[data-testid="gone-banner"][data-kind="deleted"]');
    assert.ok((await editorText(session)).includes('The first post of a tiny site.'));
    await (await session.find('[data-testid="save-again"]')).click();
    await waitForFile(session, file, (back) => back === text);
  });
});

test('the open post renamed on disk keeps its unsaved text, which can be saved under the new name', async (t) => {
  await withApp(t, { site: 'e2e-small' }, async ({ session, site }) => {
    await openPost(session, POST);
    const from = join(site, POST);
    const to = join(site, 'content/posts/20240501-first-light-renamed.md');
    await typeAtEnd(session, '\nWritten before the move.');
    renameSync(from, to);
    await session.waitForElement('[data-testid="gone-banner"][data-kind="renamed"]');
    await (await session.find('[data-testid="save-under-new-name"]')).click();
    await waitForFile(session, to, (text) => text.includes('Written before the move.'));
    await session.waitForElement('[data-testid="editor"][data-path="content/posts/20240501-first-light-renamed.md"]');
    assert.equal(existsSync(from), false, 'the old path stays gone');
  });
});

test('a git checkout of another branch with the app open: the list and the open post follow', async (t) => {
  const git = (site, ...args) => execFileSync('git', ['-C', site, ...args], { stdio: 'pipe', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  const ADDED = 400;
  const prepare = (site) => {
    git(site, 'init', '-q', '-b', 'main');
    git(site, 'add', '-A');
    git(site, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'main');
    git(site, 'checkout', '-q', '-b', 'other');
    for (let i = 0; i < ADDED; i++) {
      const name = `content/posts/2025${String(i).padStart(4, '0')}-bulk.md`;
      writeFileSync(join(site, name), `---\ntitle: "Bulk ${i}"\ndate: 2025-01-01T00:00:00Z\n---\n\nBody ${i}.\n`);
    }
    const file = join(site, POST);
    writeFileSync(file, readFileSync(file, 'utf8').replace('The first post of a tiny site.', 'The first post, as on the other branch.'));
    git(site, 'add', '-A');
    git(site, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'other');
    git(site, 'checkout', '-q', 'main');
  };
  await withApp(t, { site: 'e2e-small', prepare }, async ({ session, site }) => {
    await openPost(session, POST);
    const list = await session.waitForElement('[data-testid="post-list"]');
    const before = Number(await list.attr('data-count'));
    git(site, 'checkout', '-q', 'other');
    await session.waitFor('the list to show the other branch', async () => Number(await list.attr('data-count')) === before + ADDED);
    await session.waitFor('the open post to follow the branch', async () => (await editorText(session)).includes('as on the other branch'));
    git(site, 'checkout', '-q', 'main');
    await session.waitFor('the list to come back', async () => Number(await list.attr('data-count')) === before);
    await session.waitFor('the open post to come back', async () => (await editorText(session)).includes('The first post of a tiny site.'));
    await waitForState(session, 'saved');
  });
});

test('a silent reload keeps the cursor, the selection and the scroll on the same text', async (t) => {
  const LONG = 'content/posts/20240520-long-read.md';
  const paragraph = (n) => `Paragraph ${n} of the long read, with enough words to fill a line.`;
  const body = Array.from({ length: 120 }, (_, i) => (i === 80 ? 'Here the writer selected the phrase quiet harbour and left it.' : paragraph(i)));
  const before = ['---', 'title: "Long Read"', 'date: 2024-05-20T09:00:00+08:00', '---', '', ...body.flatMap((line) => [line, '']), ''].join('\n');
  const prepare = (site) => writeFileSync(join(site, LONG), before);
  await withApp(t, { site: 'e2e-small', prepare }, async ({ session, site }) => {
    await openPost(session, LONG);
    const from = before.indexOf('quiet harbour');
    const to = from + 'quiet harbour'.length;
    // Selected backwards (head before anchor); the view's top edge in the middle of paragraph 70.
    await session.exec(
      `${EDITOR_VIEW}
       view.dispatch({ selection: { anchor: arguments[1], head: arguments[0] } });
       const block = view.lineBlockAt(view.state.doc.line(arguments[2]).from);
       view.scrollDOM.scrollTop = block.top + block.height / 2;
       return true;`,
      from,
      to,
      before.split('\n').indexOf(paragraph(70)) + 1,
    );
    const topLine = `${EDITOR_VIEW}
      const block = view.lineBlockAtHeight(view.scrollDOM.getBoundingClientRect().top - view.documentTop);
      return view.state.doc.lineAt(block.from).text;`;
    await session.waitFor('the view scrolled to paragraph 70', async () => (await session.exec(topLine)) === paragraph(70));
    const scrolledBy = await session.exec(`${EDITOR_VIEW} return view.scrollDOM.scrollTop;`);

    // Another tool: lines added above and below the selection, lines edited and removed elsewhere.
    const after = before
      .replace('title: "Long Read"', 'title: "Long Read"\ndescription: "Added by another tool."')
      .replace(paragraph(3), `${paragraph(3)}\n\nA new paragraph near the top.\n\nAnd another.`)
      .replace(paragraph(20), 'Paragraph 20, rewritten elsewhere.')
      .replace(`${paragraph(40)}\n\n`, '')
      .replace(paragraph(90), `${paragraph(90)}\n\nA paragraph added below the selection.`)
      .replace(paragraph(110), 'Paragraph 110, rewritten elsewhere.');
    writeFileSync(join(site, LONG), after);
    await session.waitFor('the reload', () => session.exec(`${EDITOR_VIEW} return view.state.doc.toString().includes('A new paragraph near the top.');`));
    assert.equal(await session.exec(`${EDITOR_VIEW} return view.state.doc.toString();`), after);
    const selection = await session.exec(`${EDITOR_VIEW} const { anchor, head } = view.state.selection.main; return { anchor, head };`);
    const moved = after.indexOf('quiet harbour');
    assert.deepEqual(selection, { anchor: moved + 'quiet harbour'.length, head: moved }, 'the same words stay selected, in the same direction');
    // Lines came and went above the top of the view: it keeps showing the same paragraph, scrolled further down.
    await session.waitFor('the view to keep paragraph 70 at the top', async () => (await session.exec(topLine)) === paragraph(70));
    assert.ok((await session.exec(`${EDITOR_VIEW} return view.scrollDOM.scrollTop;`)) > scrolledBy, 'the view moved with the lines added above');
    assert.equal(await session.find('[data-testid="conflict-banner"]'), null);
    await waitForState(session, 'saved');
    assert.equal(readFileSync(join(site, LONG), 'utf8'), after);
  });
});
