// Publishing from the window: the fixture site is a git repository with a local bare
// remote; an edit made in the app reaches the remote through the Publish button, and a
// remote that refuses the push is explained in the dialog with nothing lost.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { withApp } from './lib/app.mjs';

const POST = 'content/posts/20240501-first-light.md';
const ADDED = 'A line written in the app and published with one click.';

function git(cwd, ...args) {
  return execFileSync('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }).toString();
}

/** Makes `site` a repository whose `main` is pushed to a bare remote beside it; returns the remote's path. */
function makeRepository(site) {
  const remote = join(dirname(site), 'remote.git');
  git(dirname(site), 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  git(site, 'init', '--quiet', '--initial-branch=main');
  git(site, 'config', 'user.name', 'E2E Writer');
  git(site, 'config', 'user.email', 'writer@example.invalid');
  git(site, 'config', 'commit.gpgsign', 'false');
  git(site, 'add', '--all');
  git(site, 'commit', '--quiet', '--message', 'Site');
  git(site, 'remote', 'add', 'origin', remote);
  git(site, 'push', '--quiet', '--set-upstream', 'origin', 'main');
  return remote;
}

/** Opens the post, types a paragraph at its end and clicks Publish (which saves it first). */
async function editAndOpenPublish(session) {
  const item = await session.waitForElement(`[data-testid="post-item"][data-path="${POST}"]`);
  await item.click();
  await session.waitFor('the post in the editor', () =>
    session.exec(`const c = document.querySelector('[data-testid="editor"] .cm-content'); return !!c && c.textContent.includes('First Light');`),
  );
  const content = await session.find('[data-testid="editor"] .cm-content');
  await content.click();
  // Control+End (modifiers stay down until the NULL key), then the new paragraph.
  await content.type(`\uE009\uE010\uE000\n${ADDED}\n`);
  await session.waitFor('the typed line in the editor', () =>
    session.exec(`return document.querySelector('[data-testid="editor"] .cm-content').textContent.includes(${JSON.stringify(ADDED)});`),
  );
  const publish = await session.waitForElement('[data-testid="publish"]');
  await publish.click();
  await session.waitForElement(`[data-testid="publish-file"][data-path="${POST}"]`, 30000);
}

test('an edit made in the app is published to the remote with one click', async (t) => {
  let remote;
  const prepare = (site) => {
    remote = makeRepository(site);
  };
  await withApp(t, { site: 'e2e-small', prepare }, async ({ session, site }) => {
    await editAndOpenPublish(session);
    const message = await session.exec('return document.querySelector(\'[data-testid="publish-message"]\').value;');
    assert.match(message, /^Publish: “First Light”/u, 'the default message names the post');
    const confirm = await session.waitForElement('[data-testid="publish-confirm"]');
    await confirm.click();
    await session.waitFor('publishing to finish', async () => {
      const state = await session.exec('const el = document.querySelector(\'[data-testid="publish-status"]\'); return el ? el.dataset.state : "";');
      return state === 'done' || state === 'error' ? state : null;
    }, 60000);
    const status = await session.textOf('[data-testid="publish-status"]');
    assert.equal(
      await session.exec('return document.querySelector(\'[data-testid="publish-status"]\').dataset.state;'),
      'done',
      status,
    );
    const head = git(site, 'rev-parse', 'HEAD').trim();
    assert.match(status, new RegExp(`${head.slice(0, 10)} .*origin/main`, 'u'), 'the outcome names the commit and the branch');

    const log = git(dirname(site), `--git-dir=${remote}`, 'log', '--format=%H %s', 'main');
    assert.equal(log.split('\n')[0], `${head} ${message}`, 'the remote has the new commit first');
    const published = git(dirname(site), `--git-dir=${remote}`, 'show', `main:${POST}`);
    assert.ok(published.includes(ADDED), 'the remote has the edit');
    assert.equal(published, readFileSync(join(site, POST), 'utf8'), 'the remote has exactly the saved file');
    await session.waitFor('the badge to clear', async () =>
      (await session.exec('return document.querySelector(\'[data-testid="publish"]\').dataset.count;')) === '0',
    );
  });
});

test('a remote that refuses the push is explained and the edit stays safe', async (t) => {
  let remote;
  const prepare = (site) => {
    remote = makeRepository(site);
    const hook = join(remote, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "publishing is paused for review" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
  };
  await withApp(t, { site: 'e2e-small', prepare }, async ({ session, site }) => {
    const remoteBefore = git(dirname(site), `--git-dir=${remote}`, 'rev-parse', 'main').trim();
    await editAndOpenPublish(session);
    await (await session.waitForElement('[data-testid="publish-confirm"]')).click();
    await session.waitFor('publishing to stop', async () =>
      (await session.exec('const el = document.querySelector(\'[data-testid="publish-status"]\'); return el ? el.dataset.state : "";')) === 'error',
    60000);
    const outcome = await session.exec('return document.querySelector(\'[data-testid="publish-outcome"]\').dataset.outcome;');
    assert.equal(outcome, 'rejected');
    const text = await session.textOf('[data-testid="publish-outcome"]');
    assert.match(text, /publishing is paused for review/u, 'the remote’s reason is shown');
    assert.match(text, /kept in this repository/u, 'the writer learns the commit is kept');
    assert.equal(git(dirname(site), `--git-dir=${remote}`, 'rev-parse', 'main').trim(), remoteBefore, 'the remote did not move');
    assert.ok(readFileSync(join(site, POST), 'utf8').includes(ADDED), 'the edit is on disk');
    assert.equal(git(site, 'log', '-1', '--format=%s').trim().startsWith('Publish:'), true, 'the commit is kept locally');
    assert.equal(git(site, 'status', '--porcelain').trim(), '', 'nothing half-done is left in the working tree');
  });
});
