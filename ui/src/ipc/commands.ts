// Typed wrappers over the shell's IPC commands: one function per command, rejections normalized to AppError.
import { invoke } from '@tauri-apps/api/core';
import type { InvokeArgs } from '@tauri-apps/api/core';
import type { SiteInfo } from './bindings/SiteInfo';
import type { PostSummary } from './bindings/PostSummary';
import type { PostText } from './bindings/PostText';
import type { Preview } from './bindings/Preview';
import type { EditedText, FieldValue, LinkTarget, SaveReply, Schema } from './types';
import type { DiffLine } from './bindings/DiffLine';
import type { MergeOutcome } from './bindings/MergeOutcome';
import type { RecoveredBuffer } from './bindings/RecoveredBuffer';
import type { WatchMode } from './bindings/WatchMode';
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

/** The preview HTML of the body of `text` (unsaved buffer of the post at `path`), with diagnostics. */
export function previewRender(path: string, text: string): Promise<Preview> {
  return call('preview_render', { path, text });
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

/** How the open site is followed on disk (native, or polling the open posts); null when it is not. */
export function watchMode(): Promise<WatchMode | null> {
  return call('watch_mode');
}

/** The posts open in the editor: the ones still checked when the site cannot be watched. */
export function watchOpenFiles(paths: string[]): Promise<void> {
  return call('watch_open_files', { paths });
}

/** Line by line, what changed from `old` to `new`, with context. */
export function textDiff(old: string, next: string): Promise<DiffLine[]> {
  return call('text_diff', { old, new: next });
}

/** Three-way merge of the buffer and the disk against the last version both shared. */
export function textMerge(base: string, mine: string, disk: string): Promise<MergeOutcome> {
  return call('text_merge', { base, mine, disk });
}

/** Keeps the unsaved `text` of `path` in the recovery journal. */
export function journalRecord(path: string, text: string, base: string | null): Promise<void> {
  return call('journal_record', { path, text, base });
}

/** Forgets the journaled text of `path` (saved or discarded). */
export function journalClear(path: string): Promise<void> {
  return call('journal_clear', { path });
}

/** Unsaved buffers of the open site left by an earlier run (a crash, a kill). */
export function journalPending(): Promise<RecoveredBuffer[]> {
  return call('journal_pending');
}
