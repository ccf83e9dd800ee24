// Image URLs in the preview: Hugo URLs of the post's HTML become files of the site, served by the shell's scoped protocol.
import { convertFileSrc } from '@tauri-apps/api/core';
import { versionedUrl } from './assetVersions.svelte';

/** The shell's protocol that serves files of the open site, and nothing outside it. */
export const SITE_PROTOCOL = 'inkstone-site';

/** Drops `.` and resolves `..` segments; null when the path climbs out of the site. */
function normalize(path: string): string | null {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else {
      out.push(part);
    }
  }
  return out.join('/');
}

/**
 * The site-relative file an image `src` means, or null to leave the src alone: `/images/x.webp`
 * is `static/images/x.webp`; a relative `cover.webp` sits in the post's folder (its bundle).
 * URLs with a scheme (`https:`, `data:`) and protocol-relative ones are not site files.
 */
export function siteFileFor(src: string, postPath: string): string | null {
  const clean = src.trim().split(/[?#]/u)[0];
  if (clean === '' || /^[a-z][a-z0-9+.-]*:/iu.test(clean) || clean.startsWith('//')) return null;
  let decoded: string;
  try {
    decoded = decodeURI(clean);
  } catch {
    decoded = clean;
  }
  if (decoded.startsWith('/')) return normalize(`static/${decoded}`);
  const folder = postPath.includes('/') ? postPath.slice(0, postPath.lastIndexOf('/')) : '';
  return normalize(`${folder}/${decoded}`);
}

/** Points every site image of `root` at the scoped protocol; the written src stays in data-src for reference. */
export function rewriteImages(root: ParentNode, postPath: string, toUrl = (file: string) => convertFileSrc(file, SITE_PROTOCOL)): void {
  for (const img of root.querySelectorAll('img[src]')) {
    const src = img.getAttribute('src') ?? '';
    const file = siteFileFor(src, postPath);
    if (file === null) continue;
    let url: string;
    try {
      url = toUrl(file);
    } catch {
      // Outside the app (vite dev) there is no protocol to point at.
      continue;
    }
    img.setAttribute('data-src', src);
    img.setAttribute('src', versionedUrl(url, file));
  }
}

/**
 * Points the already rewritten images of `root` at their files' current versions: an image
 * added, replaced or removed on disk is fetched again, while the others keep their URL (and
 * their pixels, no reload).
 */
export function refreshSiteImages(root: ParentNode, postPath: string, toUrl = (file: string) => convertFileSrc(file, SITE_PROTOCOL)): void {
  for (const img of root.querySelectorAll('img[data-src]')) {
    const file = siteFileFor(img.getAttribute('data-src') ?? '', postPath);
    if (file === null) continue;
    let url: string;
    try {
      url = versionedUrl(toUrl(file), file);
    } catch {
      continue;
    }
    if (img.getAttribute('src') !== url) img.setAttribute('src', url);
  }
}
