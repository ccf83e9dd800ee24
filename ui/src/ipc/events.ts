// Typed subscriptions to the shell's events.
import { listen } from '@tauri-apps/api/event';
import type { UnlistenFn } from '@tauri-apps/api/event';
import type { SiteInfo } from './bindings/SiteInfo';
import type { SiteChanges } from './bindings/SiteChanges';

/** The shell opened another site (menu "Open Site…"); the UI must reload everything. */
export function onSiteOpened(handler: (site: SiteInfo) => void): Promise<UnlistenFn> {
  return listen<SiteInfo>('site-opened', (event) => handler(event.payload));
}

/** Files of the open site changed on disk; the shell's index already follows them. */
export function onSiteChanged(handler: (changes: SiteChanges) => void): Promise<UnlistenFn> {
  return listen<SiteChanges>('site-changed', (event) => handler(event.payload));
}

/** File → New Post… (or its accelerator) was chosen in the shell's menu. */
export function onNewPostAsked(handler: () => void): Promise<UnlistenFn> {
  return listen('new-post-asked', () => handler());
}

/** How the open site is watched changed while it was open (the watch limit reached as folders appeared). */
export function onWatchModeChanged(handler: () => void): Promise<UnlistenFn> {
  return listen('watch-mode-changed', () => handler());
}
