// Typed wrappers over the shell's IPC commands: one function per command, rejections normalized to AppError.
import { Channel, invoke } from '@tauri-apps/api/core';
import type { InvokeArgs } from '@tauri-apps/api/core';
import type { SiteInfo } from './bindings/SiteInfo';
import type { PostSummary } from './bindings/PostSummary';
import type { PostText } from './bindings/PostText';
import type { BodySearch } from './bindings/BodySearch';
import type { Preview } from './bindings/Preview';
import type { DiffLine } from './bindings/DiffLine';
import type { MergeOutcome } from './bindings/MergeOutcome';
import type { RecoveredBuffer } from './bindings/RecoveredBuffer';
import type { WatchMode } from './bindings/WatchMode';
import type { Diagnostic } from './bindings/Diagnostic';
import type { ChangedFile, PublishOutcome, PublishPlan, PublishProgress, PublishRequest, StatusReport, UiLanguage } from './publishTypes';
import type { EditedText, FieldValue, LinkTarget, SaveReply, Schema, SeriesChanges, SeriesOverview } from './types';
import type { ImportedImage } from './bindings/ImportedImage';
import type { NewPostCreated } from './bindings/NewPostCreated';
import type { NewPostOptions } from './bindings/NewPostOptions';
import type { NewPostPlan } from './bindings/NewPostPlan';
import type { NewPostRequest } from './bindings/NewPostRequest';
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

/** Every post whose body has each term of `query`, with the line and a snippet of the first match. */
export function postsSearchBodies(query: string): Promise<BodySearch> {
  return call('posts_search_bodies', { query });
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

/** Branch, distance from the upstream and unpublished changes; never fetches. */
export function publishStatus(): Promise<StatusReport> {
  return call('publish_status');
}

/** The Publish dialog's first screen: the repository's status and the checks that matter. */
export function publishPlan(): Promise<PublishPlan> {
  return call('publish_plan');
}

/** The unified diff publishing the file at `path` would commit. */
export function publishDiff(path: string): Promise<string> {
  return call('publish_diff', { path });
}

/** The default commit message naming the ticked files, in `language`. */
export function publishMessage(files: ChangedFile[], language: UiLanguage): Promise<string> {
  return call('publish_message', { files, language });
}

/** Publishes as the writer chose; each step reaches `onStep` as it starts. */
export function publishRun(request: PublishRequest, onStep: (step: PublishProgress) => void): Promise<PublishOutcome> {
  const onProgress = new Channel<PublishProgress>();
  onProgress.onmessage = onStep;
  return call('publish_run', { request, onProgress });
}

/** Stops the running publish at its next step. */
export function publishCancel(): Promise<void> {
  return call('publish_cancel');
}

/** Makes the site folder a git repository. */
export function publishInit(): Promise<StatusReport> {
  return call('publish_init');
}

/** Adds `url` as the remote to publish to. */
export function publishAddRemote(url: string): Promise<StatusReport> {
  return call('publish_add_remote', { url });
}

/** What the new post dialog offers: sections, languages, series, the file name pattern. */
export function newPostChoices(): Promise<NewPostOptions> {
  return call('new_post_choices');
}

/** The path, slug and text a new post would get; writes nothing. */
export function newPostPlan(request: NewPostRequest): Promise<NewPostPlan> {
  return call('new_post_plan', { request });
}

/** Writes the new post (never over an existing file) and returns it as the list shows it. */
export function newPostCreate(request: NewPostRequest): Promise<NewPostCreated> {
  return call('new_post_create', { request });
}

/** Shows the native image picker and copies the choice into the site for the post at `path`; null when cancelled. */
export function imageChoose(path: string, slug: string | null, title: string): Promise<ImportedImage | null> {
  return call('image_choose', { path, slug, title });
}

/** Every series of the open site with its parts in order and its problems. */
export function seriesList(): Promise<SeriesOverview[]> {
  return call('series_list');
}

/** The changes a sync of series `name` would write (its cross-link blocks and part numbers); nothing is written. */
export function seriesSyncPreview(name: string): Promise<SeriesChanges> {
  return call('series_sync_preview', { name });
}

/** Regenerates the cross-link blocks of series `name` and writes them. */
export function seriesSyncApply(name: string): Promise<SeriesChanges> {
  return call('series_sync_apply', { name });
}

/** Puts series `name` in `order` (every part's path once); only posts whose number changes are written. */
export function seriesReorder(name: string, order: string[], dryRun = false): Promise<SeriesChanges> {
  return call('series_reorder', { name, order, dryRun });
}

/** Renames series `name` in every post that names it. */
export function seriesRename(name: string, newName: string, dryRun = false): Promise<SeriesChanges> {
  return call('series_rename', { name, newName, dryRun });
}

/** Adds the post at `path` as the last part of `name` (a new name creates the series). */
export function seriesAddPost(name: string, path: string, dryRun = false): Promise<SeriesChanges> {
  return call('series_add_post', { name, path, dryRun });
}

/** Takes the post at `path` out of series `name`. */
export function seriesRemovePost(name: string, path: string, dryRun = false): Promise<SeriesChanges> {
  return call('series_remove_post', { name, path, dryRun });
}
