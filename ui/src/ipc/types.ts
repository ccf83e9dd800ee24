// The IPC types the form, saving and preview use, from the generated bindings (one import place for the UI).
export type { EditedText } from './bindings/EditedText';
export type { FieldSpec } from './bindings/FieldSpec';
export type { FieldType } from './bindings/FieldType';
export type { FieldValue } from './bindings/FieldValue';
export type { LinkTarget } from './bindings/LinkTarget';
export type { SaveReply } from './bindings/SaveReply';
export type { Schema } from './bindings/Schema';
export type { FileChange } from './bindings/FileChange';
export type { SeriesChanges } from './bindings/SeriesChanges';
export type { SeriesOverview } from './bindings/SeriesOverview';
export type { SeriesPost } from './bindings/SeriesPost';
