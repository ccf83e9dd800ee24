// What an image field's thumbnail shows: a file of the site through the scoped protocol, a remote image, or nothing.
import { convertFileSrc } from '@tauri-apps/api/core';
import { SITE_PROTOCOL, siteFileFor } from '../preview/images';

export type Thumbnail = { kind: 'none' } | { kind: 'remote' } | { kind: 'file'; file: string; url: string };

/**
 * The thumbnail for the field value `value` of the post at `postPath`: `/images/x.webp` is
 * `static/images/x.webp`, a relative name sits beside the post. `generation` makes a new URL after
 * a copy, so an image that was missing is asked for again (the protocol ignores the query).
 */
export function thumbnailOf(value: string, postPath: string | null, generation = 0, toUrl = (file: string) => convertFileSrc(file, SITE_PROTOCOL)): Thumbnail {
  const written = value.trim();
  if (written === '' || postPath === null) return { kind: 'none' };
  const file = siteFileFor(written, postPath);
  if (file === null) return { kind: 'remote' };
  let url: string;
  try {
    url = toUrl(file);
  } catch {
    // Outside the app there is no protocol; the path is still shown as text.
    return { kind: 'none' };
  }
  return { kind: 'file', file, url: generation > 0 ? `${url}?v=${generation}` : url };
}
