// Typed wrappers over the shell's IPC commands: one function per command, rejections normalized to AppError.
import { invoke } from '@tauri-apps/api/core';
import type { InvokeArgs } from '@tauri-apps/api/core';
import type { SiteInfo } from './bindings/SiteInfo';
import type { PostSummary } from './bindings/PostSummary';
import type { PostText } from './bindings/PostText';
import type { Preview } from './bindings/Preview';
import type { Diagnostic } from './bindings/Diagnostic';
import type { EditedText, FieldValue, LinkTarget, SaveReply, Schema } from './types';
import { toAppError } from './errors';

/** Calls a command; a rejection is rethrown as an AppError so callers can branch on `code`. */
async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toAppError(reason);
  }
}

/** The site the shell opened at launch, or null when it opened none. */
export function siteCurrent(): Promise<SiteInfo | null> {
  return call('site_current');
}

/** Opens the site folder at `path`. */
export function siteOpen(path: string): Promise<SiteInfo> {
  return call('site_open', { path });
}

/** Shows the native folder picker; null when the writer cancels. */
export function siteOpenDialog(): Promise<SiteInfo | null> {
  return call('site_open_dialog');
}

/** Every post of the open site, newest first. */
export function postsList(): Promise<PostSummary[]> {
  return call('posts_list');
}

/** The file text of one post, exactly as on disk. */
export function postRead(path: string): Promise<PostText> {
  return call('post_read', { path });
}

/** The preview HTML of the body of `text` (unsaved buffer of the post at `path`), with what rendering found. */
export function previewRender(path: string, text: string): Promise<Preview> {
  return call('preview_render', { path, text });
}

/** The checks of `text` (unsaved buffer of the post at `path`) as part of the site. */
export function previewCheck(path: string, text: string): Promise<Diagnostic[]> {
  return call('preview_check', { path, text });
}

/** Saves `text` to `path` unless the disk moved away from `base` (then a conflict); `force` writes anyway. */
export function postSave(path: string, text: string, base: string | null, force: boolean): Promise<SaveReply> {
  return call('post_save', { path, text, base, force });
}

/** The site's front matter schema: the fields the metadata form offers. */
export function schemaGet(): Promise<Schema> {
  return call('schema_get');
}

/** Every value the site's posts already use for `key`, with counts: the form's autocomplete. */
export function fieldValues(key: string): Promise<FieldValue[]> {
  return call('field_values', { key });
}

/** Sets `key` to `value` in the buffer `text` (not on disk), changing only that field's lines. */
export function fmSet(text: string, key: string, value: unknown): Promise<EditedText> {
  return call('fm_set', { text, key, value });
}

/** Removes `key` from the buffer `text`'s front matter. */
export function fmUnset(text: string, key: string): Promise<EditedText> {
  return call('fm_unset', { text, key });
}

/** What a link in the preview of `fromPath` points at; the shell opens external links in the browser itself. */
export function linkOpen(fromPath: string, href: string): Promise<LinkTarget> {
  return call('link_open', { fromPath, href });
}
