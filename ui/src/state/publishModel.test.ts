import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../ipc/bindings/Diagnostic';
import type { ChangedFile, PublishOutcome } from '../ipc/publishTypes';
import { en } from '../i18n/en';
import { zhTW } from '../i18n/zhTW';
import { blockingErrors, describeOutcome, describeStep, outcomeState, tickedDrafts, unpublishedCount } from './publishModel';

const diag = (path: string, severity: 'error' | 'warning'): Diagnostic => ({
  path,
  line: 3,
  column: 1,
  severity,
  code: 'date-invalid',
  message: '`date` is not a date',
  hint: 'use 2026-02-06',
});

const file = (path: string, draft = false, change: ChangedFile['change'] = 'modified'): ChangedFile => ({
  path,
  change,
  from: null,
  title: null,
  draft,
});

describe('publish rules', () => {
  it('errors block unless their changed file is unticked; warnings never block', () => {
    const changes = [file('content/posts/a.md'), file('content/posts/b.md')];
    const diagnostics = [diag('content/posts/a.md', 'error'), diag('content/posts/b.md', 'warning'), diag('content/posts/old.md', 'error')];
    expect(blockingErrors(diagnostics, changes, ['content/posts/a.md', 'content/posts/b.md']).map((d) => d.path)).toEqual([
      'content/posts/a.md',
      'content/posts/old.md',
    ]);
    // An error in an unchanged post still blocks: the site would publish it broken.
    expect(blockingErrors(diagnostics, changes, ['content/posts/b.md']).map((d) => d.path)).toEqual(['content/posts/old.md']);
  });

  it('only ticked drafts that still exist are offered for flipping', () => {
    const changes = [file('a.md', true), file('b.md', true), file('c.md'), file('d.md', true, 'deleted')];
    expect(tickedDrafts(changes, ['a.md', 'c.md', 'd.md'])).toEqual(['a.md']);
  });

  it('counts unpublished changes only for a ready repository', () => {
    expect(unpublishedCount(null)).toBe(0);
    expect(unpublishedCount({ state: 'notARepository' })).toBe(0);
    const status = { branch: 'main', upstream: 'origin/main', ahead: 0, behind: 0, remote: 'origin', operation: null, changes: [file('a.md')] };
    expect(unpublishedCount({ state: 'ready', status })).toBe(1);
  });

  it('names the commit and the branch when published, in both languages', () => {
    const outcome: PublishOutcome = { outcome: 'published', commit: '0123456789abcdef', branch: 'main', remote: 'origin', files: ['a.md'] };
    expect(outcomeState(outcome)).toBe('done');
    expect(describeOutcome(outcome, en).headline).toBe('Published commit 0123456789 to origin/main.');
    expect(describeOutcome(outcome, zhTW).headline).toBe('已將提交 0123456789 發布到 origin/main。');
  });

  it('a conflict lists the files, keeps the commit and says what to do', () => {
    const text = describeOutcome({ outcome: 'conflict', files: ['content/posts/a.md'], commit: 'abcdef0123456', branch: 'main' }, en);
    expect(text.files).toEqual(['content/posts/a.md']);
    expect(text.detail).toContain('Your commit abcdef0123 is kept');
    expect(text.detail).toContain('git pull --rebase on main');
  });

  it('a refused push quotes the remote and is an error', () => {
    const outcome: PublishOutcome = { outcome: 'rejected', reason: 'pre-receive hook declined', commit: 'abc' };
    expect(outcomeState(outcome)).toBe('error');
    expect(describeOutcome(outcome, en).quote).toBe('The reason the remote gave: pre-receive hook declined');
  });

  it('describes each step', () => {
    expect(describeStep({ step: 'pushing', remote: 'origin', branch: 'main' }, en)).toBe('Pushing to origin/main');
    expect(describeStep({ step: 'committing', files: 2 }, zhTW)).toBe('提交 2 個檔案');
  });
});
