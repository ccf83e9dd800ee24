// The window's title: the open post and the site, so the task switcher tells windows and posts apart.
import { getCurrentWindow } from '@tauri-apps/api/window';

/** `Post — Site — Inkstone`; unsaved text adds a leading dot, as native editors mark it. */
export function windowTitle(site: string | null, post: string | null, dirty: boolean, app = 'Inkstone'): string {
  const parts = [post, site, app].map((part) => part?.trim() ?? '').filter((part) => part !== '');
  return `${dirty ? '• ' : ''}${[...new Set(parts)].join(' — ')}`;
}

/** The post's title, or its file name when it has none yet. */
export function postLabel(title: string | null | undefined, path: string | null): string | null {
  if (title && title.trim() !== '') return title;
  if (path === null) return null;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === 'index.md' || name === '_index.md' ? path.split('/').slice(-2, -1)[0] ?? name : name;
}

/** Shows `title` on the window (and as the page's title, which accessibility tools and WebDriver read). */
export function setWindowTitle(title: string): void {
  document.title = title;
  try {
    void getCurrentWindow()
      .setTitle(title)
      .catch(() => {});
  } catch {
    // Outside the app (tests, vite dev) there is no window to set.
  }
}
