// Typed wrappers over the shell's IPC commands: one function per command, rejections normalized to AppError.
import { Channel, invoke } from '@tauri-apps/api/core';
import type { InvokeArgs } from '@tauri-apps/api/core';
import type { SiteInfo } from './bindings/SiteInfo';
import type { PostSummary } from './bindings/PostSummary';
import type { PostText } from './bindings/PostText';
import type { Preview } from './bindings/Preview';
import type { EditedText, FieldValue, LinkTarget, SaveReply, Schema } from './types';
import type { ChangedFile, PublishOutcome, PublishPlan, PublishProgress, PublishRequest, StatusReport, UiLanguage } from './publishTypes';
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
