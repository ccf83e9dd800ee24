// IPC types the shell declares but has not yet generated into bindings/: mirrors of the Rust, to be replaced by the generated files.
import type { PostSummary } from './bindings/PostSummary';

/** What a save did (`commands::save::SaveReply`); a conflict is an outcome, nothing was written. */
export type SaveReply = { kind: 'saved'; summary: PostSummary | null } | { kind: 'conflict'; disk: string };

/** A value some post of the site already has for a field, with how many posts use it. */
export type FieldValue = { value: string; count: number };

/** The buffer after a form edit: the whole text, with only the edited field's lines changed. */
export type EditedText = { text: string };

export type FieldType =
  | 'string'
  | 'text'
  | 'date'
  | 'bool'
  | 'int'
  | 'url'
  | 'list'
  | 'image'
  | 'enum'
  | 'ref'
  | 'map'
  | 'any';

/** One front matter field of the site's schema (`schema::FieldSpec`; keys as serde writes them). */
export type FieldSpec = {
  name: string;
  type: FieldType;
  item: FieldType | null;
  source: 'hugo' | 'conventional' | 'site' | 'inferred';
  required: boolean;
  min_length: number | null;
  max_length: number | null;
  pattern: string | null;
  values: string[];
  default: unknown;
  ref: string | null;
  autocomplete: boolean;
  taxonomy: boolean;
};

export type Schema = { fields: FieldSpec[] };

/** Where a clicked preview link leads: a post to open, an external page (already opened), or nowhere. */
export type LinkTarget = { kind: 'post'; path: string } | { kind: 'external' } | { kind: 'none' };
