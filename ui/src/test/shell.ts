// A typed stand-in for the Tauri shell in App tests: a blog with POSTS and one post text by
// default, every reply typed as the real command's, and per-test overrides by command name.
import { mockIPC } from '@tauri-apps/api/mocks';
import type { Diagnostic } from '../ipc/bindings/Diagnostic';
import type { EditedText } from '../ipc/bindings/EditedText';
import type { FieldSpec } from '../ipc/bindings/FieldSpec';
import type { FieldType } from '../ipc/bindings/FieldType';
import type { FieldValue } from '../ipc/bindings/FieldValue';
import type { ImportedImage } from '../ipc/bindings/ImportedImage';
import type { LinkTarget } from '../ipc/bindings/LinkTarget';
import type { NewPostCreated } from '../ipc/bindings/NewPostCreated';
import type { NewPostOptions } from '../ipc/bindings/NewPostOptions';
import type { NewPostPlan } from '../ipc/bindings/NewPostPlan';
import type { PostSummary } from '../ipc/bindings/PostSummary';
import type { PostText } from '../ipc/bindings/PostText';
import type { Preview } from '../ipc/bindings/Preview';
import type { Schema } from '../ipc/bindings/Schema';
import type { SeriesOverview } from '../ipc/bindings/SeriesOverview';
import type { SiteInfo } from '../ipc/bindings/SiteInfo';
import { POSTS } from './posts';

/** What the App tests' commands answer, by command name, as the shell's bindings type it. */
export interface ShellReplies {
  site_current: SiteInfo;
  posts_list: PostSummary[];
  post_read: PostText;
  preview_check: Diagnostic[];
  preview_render: Preview;
  schema_get: Schema;
  series_list: SeriesOverview[];
  field_values: FieldValue[];
  fm_set: EditedText;
  link_open: LinkTarget;
  image_choose: ImportedImage;
  new_post_choices: NewPostOptions;
  new_post_plan: NewPostPlan;
  new_post_create: NewPostCreated;
}

/** The arguments the App sends with those commands (each command uses some of them). */
export interface ShellArgs {
  path?: string;
  text?: string;
  key?: string;
  value?: unknown;
  slug?: string | null;
  fromPath?: string;
  href?: string;
}

export type ShellOverrides = { [C in keyof ShellReplies]?: (args: ShellArgs) => ShellReplies[C] };

/** What the App asked of the shell, for the assertions. */
export interface ShellCalls {
  /** Every `fm_set`, as the form sent it. */
  sets: Array<{ key: string; value: unknown }>;
  /** Every path `post_read` was asked for. */
  reads: string[];
}

/** A schema field with the defaults of a field Hugo knows. */
export function field(name: string, type: FieldType, extra: Partial<FieldSpec> = {}): FieldSpec {
  return {
    name,
    type,
    item: null,
    source: 'hugo',
    required: false,
    min_length: null,
    max_length: null,
    pattern: null,
    values: [],
    default: null,
    ref: null,
    autocomplete: false,
    taxonomy: false,
    ...extra,
  };
}

/**
 * Answers the App's commands for a site '墨池' at /sites/blog with POSTS, where every post
 * reads as `text` and the schema has `fields`; `overrides` replace or add commands. A command
 * neither knows answers undefined, as an unmocked one did before.
 */
export function mockShell(options: { text: string; fields: FieldSpec[]; overrides?: ShellOverrides }): ShellCalls {
  const calls: ShellCalls = { sets: [], reads: [] };
  const defaults: Required<Pick<ShellOverrides, 'site_current' | 'posts_list' | 'post_read' | 'preview_check' | 'preview_render' | 'schema_get' | 'series_list' | 'fm_set'>> = {
    site_current: () => ({ root: '/sites/blog', title: '墨池', postCount: POSTS.length, timeZone: null }),
    posts_list: () => POSTS,
    post_read: (a) => ({ path: a.path ?? '', text: options.text }),
    preview_check: () => [],
    preview_render: () => ({ html: '<p>正文</p>', diagnostics: [], render_micros: 0 }),
    schema_get: () => ({ fields: options.fields }),
    // The App loads the series a moment after the site; unanswered, a slow run saw `undefined`.
    series_list: () => [],
    // Rewrites the key's own line, as the real lossless edit does for a key that is there.
    fm_set: (a) => {
      const line = Array.isArray(a.value) ? `[${a.value.join(', ')}]` : String(a.value);
      return { text: (a.text ?? '').replace(new RegExp(`^${a.key}: .*$`, 'mu'), `${a.key}: ${line}`) };
    },
  };
  const handlers: ShellOverrides = { ...defaults, ...options.overrides };
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as ShellArgs;
    if (cmd === 'fm_set') calls.sets.push({ key: a.key ?? '', value: a.value });
    if (cmd === 'post_read') calls.reads.push(a.path ?? '');
    const handler = handlers[cmd as keyof ShellReplies] as ((args: ShellArgs) => unknown) | undefined;
    return handler?.(a);
  });
  return calls;
}
