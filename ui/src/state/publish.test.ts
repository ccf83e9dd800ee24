import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { Channel } from '@tauri-apps/api/core';
import type { ChangedFile, PublishPlan, PublishProgress, StatusReport } from '../ipc/publishTypes';
import { i18n } from '../i18n/index.svelte';
import { PublishStore } from './publish.svelte';
import { publicationDate } from './publishModel';

const A: ChangedFile = { path: 'content/posts/a.md', change: 'modified', from: null, title: '潮汐', draft: false };
const B: ChangedFile = { path: 'content/posts/b.md', change: 'added', from: null, title: 'Salt', draft: true };

function ready(changes: ChangedFile[]): StatusReport {
  return { state: 'ready', status: { branch: 'main', upstream: 'origin/main', ahead: 0, behind: 0, remote: 'origin', operation: null, changes } };
}

/** The shell as the dialog sees it; `calls` records each command with its arguments. */
function mockShell(plan: PublishPlan, steps: PublishProgress[] = []) {
  const calls: Array<[string, Record<string, unknown>]> = [];
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push([cmd, a]);
    switch (cmd) {
      case 'publish_plan':
        return plan;
      case 'publish_status':
        return ready([]);
      case 'publish_message':
        return `Publish: ${(a.files as ChangedFile[]).map((f) => f.title).join(', ')} (${String(a.language)})`;
      case 'publish_run': {
        const channel = a.onProgress as Channel<PublishProgress>;
        for (const step of steps) channel.onmessage(step);
        return { outcome: 'published', commit: '0123456789abc', branch: 'main', remote: 'origin', files: ['content/posts/a.md'] };
      }
      default:
        throw new Error(`unexpected ${cmd}`);
    }
  });
  return calls;
}

afterEach(() => {
  clearMocks();
  i18n.locale = 'en';
});

describe('PublishStore', () => {
  it('opens with every change ticked and a default message in the interface language', async () => {
    i18n.locale = 'zh-TW';
    mockShell({ report: ready([A, B]), diagnostics: [] });
    const store = new PublishStore();
    await store.open(async () => true);
    expect(store.phase).toBe('plan');
    expect(store.ticked).toEqual([A.path, B.path]);
    expect(store.message).toBe('Publish: 潮汐, Salt (zh-TW)');
    expect(store.drafts).toEqual([B.path]);
  });

  it('stops before reading the plan when saving the open posts failed', async () => {
    const calls = mockShell({ report: ready([A]), diagnostics: [] });
    const store = new PublishStore();
    await store.open(async () => false);
    expect(store.phase).toBe('closed');
    expect(calls.map(([cmd]) => cmd)).toEqual([]);
  });

  it('unticking renames the message until the writer writes their own', async () => {
    mockShell({ report: ready([A, B]), diagnostics: [] });
    const store = new PublishStore();
    await store.open(async () => true);
    store.toggle(B.path);
    await new Promise((r) => setTimeout(r, 0));
    expect(store.message).toBe('Publish: 潮汐 (en)');
    store.editMessage('My words');
    store.toggle(B.path);
    await new Promise((r) => setTimeout(r, 0));
    expect(store.message).toBe('My words');
  });

  it('an error in a ticked file blocks; unticking the file unblocks', async () => {
    const error = { path: A.path, line: 3, column: 7, severity: 'error' as const, code: 'date-invalid', message: 'bad date', hint: '' };
    mockShell({ report: ready([A, B]), diagnostics: [error] });
    const store = new PublishStore();
    await store.open(async () => true);
    expect(store.blocking).toHaveLength(1);
    expect(store.canPublish).toBe(false);
    store.toggle(A.path);
    expect(store.blocking).toHaveLength(0);
    expect(store.canPublish).toBe(true);
  });

  it('runs with the ticked files, the drafts to flip and the message, streaming each step', async () => {
    const steps: PublishProgress[] = [{ step: 'checking' }, { step: 'committing', files: 2 }, { step: 'pushing', remote: 'origin', branch: 'main' }, { step: 'done' }];
    const calls = mockShell({ report: ready([A, B]), diagnostics: [] }, steps);
    const store = new PublishStore();
    await store.open(async () => true);
    const outcome = await store.run();
    expect(outcome?.outcome).toBe('published');
    expect(store.phase).toBe('finished');
    expect(store.steps).toEqual(steps);
    const [, args] = calls.find(([cmd]) => cmd === 'publish_run') ?? ['', {}];
    expect(args.request).toEqual({
      paths: [A.path, B.path],
      message: 'Publish: 潮汐, Salt (en)',
      undraft: [B.path],
      undraftDate: null,
      language: 'en',
    });
    expect(store.count).toBe(0);
  });

  it('keeping the drafts as drafts flips nothing', async () => {
    const calls = mockShell({ report: ready([B]), diagnostics: [] });
    const store = new PublishStore();
    await store.open(async () => true);
    store.flipDrafts = false;
    await store.run();
    const [, args] = calls.find(([cmd]) => cmd === 'publish_run') ?? ['', {}];
    expect((args.request as { undraft: string[] }).undraft).toEqual([]);
  });

  it("dating the drafts writes now as the site's wall clock with its offset", async () => {
    const calls = mockShell({ report: ready([B]), diagnostics: [] });
    const store = new PublishStore();
    store.siteTimeZone = 'Asia/Kathmandu';
    await store.open(async () => true);
    expect(store.dateDrafts).toBe(false);
    store.dateDrafts = true;
    await store.run();
    const [, args] = calls.find(([cmd]) => cmd === 'publish_run') ?? ['', {}];
    const request = args.request as { undraft: string[]; undraftDate: string | null };
    expect(request.undraft).toEqual([B.path]);
    expect(request.undraftDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:45$/u);
  });

  it('keeping the drafts sends no date even when dating was ticked', async () => {
    const calls = mockShell({ report: ready([B]), diagnostics: [] });
    const store = new PublishStore();
    await store.open(async () => true);
    store.dateDrafts = true;
    store.flipDrafts = false;
    await store.run();
    const [, args] = calls.find(([cmd]) => cmd === 'publish_run') ?? ['', {}];
    expect((args.request as { undraftDate: string | null }).undraftDate).toBeNull();
  });

  it("publication dates keep the site's zone: 2026-01-01 00:30 UTC is 08:30 in Taipei", () => {
    expect(publicationDate('Asia/Taipei', Date.parse('2026-01-01T00:30:00Z'))).toBe('2026-01-01T08:30:00+08:00');
  });
});
