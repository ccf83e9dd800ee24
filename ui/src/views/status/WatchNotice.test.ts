// The status bar's notice when the site cannot be watched whole: it says why in the UI's language.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { WatchMode } from '../../ipc/bindings/WatchMode';
import { i18n } from '../../i18n/index.svelte';
import WatchNotice from './WatchNotice.svelte';

function shellSays(mode: WatchMode): void {
  // Subscribing to the shell's events fails here, as outside Tauri: the notice asks once.
  mockIPC((cmd) => {
    if (cmd === 'watch_mode') return mode;
    throw new Error(`unexpected command ${cmd}`);
  });
}

afterEach(() => {
  cleanup();
  clearMocks();
  i18n.locale = 'en';
});

describe('WatchNotice', () => {
  it('says nothing while the whole site is watched', async () => {
    shellSays({ kind: 'native' });
    render(WatchNotice, { root: '/site' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByTestId('watch-mode')).toBeNull();
  });

  it('explains the limit in the UI language, not in the English of the log', async () => {
    const reason = 'the system limit was reached (OS error 28): raise fs.inotify.max_user_watches';
    shellSays({ kind: 'polling', cause: 'watch-limit', reason });
    i18n.locale = 'zh-TW';
    render(WatchNotice, { root: '/site' });
    const notice = await screen.findByTestId('watch-mode');
    expect(notice.textContent).toContain('即時更新受限');
    expect(notice.title).toContain('只會檢查已開啟文章');
    expect(notice.title).toContain('max_user_watches');
    expect(notice.title).not.toContain('OS error');
  });

  it('says that folders added since are not followed when the limit came later', async () => {
    shellSays({ kind: 'polling', cause: 'watch-limit-later', reason: 'later' });
    render(WatchNotice, { root: '/site' });
    const notice = await screen.findByTestId('watch-mode');
    expect(notice.title).toContain('new folders');
    expect(notice.title).toContain('max_user_watches');
  });
});
