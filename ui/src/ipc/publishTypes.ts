// The IPC types publishing uses, from the generated bindings (one import place for the UI).
export type { ChangeKind } from './bindings/ChangeKind';
export type { ChangedFile } from './bindings/ChangedFile';
export type { OperationKind } from './bindings/OperationKind';
export type { PublishOutcome } from './bindings/PublishOutcome';
export type { PublishPlan } from './bindings/PublishPlan';
export type { PublishProgress } from './bindings/PublishProgress';
export type { PublishRequest } from './bindings/PublishRequest';
export type { PublishStatus } from './bindings/PublishStatus';
export type { StatusReport } from './bindings/StatusReport';
export type { UiLanguage } from './bindings/UiLanguage';
