// The Publish dialog's rules as pure functions: what blocks, which drafts are ticked, how each step and outcome reads.
import type { Diagnostic } from '../ipc/bindings/Diagnostic';
import type { Locale, Messages } from '../i18n/index.svelte';
import type { ChangedFile, PublishOutcome, PublishProgress, StatusReport, UiLanguage } from '../ipc/publishTypes';
import { newDateValue, offsetIn } from '../meta/dateField';

/** How many characters of a commit id the writer sees. */
const SHORT_ID = 10;

export function shortId(commit: string): string {
  return commit.slice(0, SHORT_ID);
}

/** The count on the Publish button: changed files of the site not yet committed and pushed. */
export function unpublishedCount(report: StatusReport | null): number {
  return report?.state === 'ready' ? report.status.changes.length : 0;
}

/** Commits made earlier that the remote has not seen (publishing pushes them too). */
export function aheadCount(report: StatusReport | null): number {
  return report?.state === 'ready' ? report.status.ahead : 0;
}

/**
 * The errors that stop publishing, as the core pipeline decides: every error, except those
 * in changed files the writer left unticked (they are not being published).
 */
export function blockingErrors(diagnostics: readonly Diagnostic[], changes: readonly ChangedFile[], ticked: readonly string[]): Diagnostic[] {
  const unticked = (path: string): boolean => changes.some((c) => c.path === path) && !ticked.includes(path);
  return diagnostics.filter((d) => d.severity === 'error' && !unticked(d.path));
}

/** Warnings are shown, never blocking. */
export function warningsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === 'warning');
}

/** The ticked posts still marked `draft: true`. */
export function tickedDrafts(changes: readonly ChangedFile[], ticked: readonly string[]): string[] {
  return changes.filter((c) => c.draft && c.change !== 'deleted' && ticked.includes(c.path)).map((c) => c.path);
}

/** The language the default commit message is written in. */
export function messageLanguage(locale: Locale): UiLanguage {
  return locale === 'zh-TW' ? 'zh-TW' : 'en';
}

/** `done` for the outcomes that mean the remote has everything; `error` for every other. */
export function outcomeState(outcome: PublishOutcome): 'done' | 'error' {
  return outcome.outcome === 'published' || outcome.outcome === 'nothingToPublish' ? 'done' : 'error';
}

/** One line per step, in the interface language. */
export function describeStep(step: PublishProgress, t: Messages): string {
  const s = t.publish.step;
  switch (step.step) {
    case 'checking':
      return s.checking;
    case 'undrafting':
      return s.undrafting(step.files.length);
    case 'committing':
      return s.committing(step.files);
    case 'fetching':
      return s.fetching(step.remote);
    case 'integrating':
      return s.integrating(step.onto);
    case 'pushing':
      return s.pushing(step.remote, step.branch);
    case 'retrying':
      return s.retrying;
    case 'done':
      return s.done;
  }
}

/** How an outcome reads: a headline, what to do, and the files or reason it is about. */
export interface OutcomeText {
  headline: string;
  detail: string | null;
  /** Files to list under the headline (conflicts, local edits). */
  files: string[];
  /** A message from git or the remote, shown as written. */
  quote: string | null;
}

export function describeOutcome(outcome: PublishOutcome, t: Messages): OutcomeText {
  const o = t.publish.outcome;
  const text = (headline: string, detail: string | null = null, files: string[] = [], quote: string | null = null): OutcomeText => ({
    headline,
    detail,
    files,
    quote,
  });
  const kept = (commit: string | null): string | null => (commit ? t.publish.keptLocally(shortId(commit)) : null);
  const join = (...parts: Array<string | null>): string | null => parts.filter((p) => p !== null).join(' ') || null;
  switch (outcome.outcome) {
    case 'published':
      return text(o.published(shortId(outcome.commit), outcome.remote, outcome.branch));
    case 'nothingToPublish':
      return text(o.nothingToPublish);
    case 'blocked':
      return text(o.blocked(outcome.diagnostics.length), t.publish.errorsHint);
    case 'notARepository':
      return text(o.notARepository, t.publish.notARepositoryHint);
    case 'noRemote':
      return text(o.noRemote, join(kept(outcome.commit), t.publish.noRemoteHint));
    case 'authenticationFailed':
      return text(o.authenticationFailed(outcome.remote), kept(outcome.commit), [], `${t.publish.authHint} ${outcome.hint}`);
    case 'unreachable':
      return text(o.unreachable(outcome.remote), join(kept(outcome.commit), t.publish.unreachableHint), [], outcome.message);
    case 'rejected':
      return text(o.rejected, kept(outcome.commit), [], `${t.publish.rejectedHint} ${outcome.reason}`);
    case 'conflict':
      return text(o.conflict, join(kept(outcome.commit), t.publish.conflictHint(outcome.branch)), outcome.files);
    case 'localEditsInTheWay':
      return text(o.localEditsInTheWay, join(kept(outcome.commit), t.publish.localEditsHint), outcome.files);
    case 'cannotIntegrate':
      return text(o.cannotIntegrate, kept(outcome.commit), [], outcome.reason);
    case 'detachedHead':
      return text(o.detachedHead, t.publish.detachedHeadHint);
    case 'operationInProgress':
      return text(o.operationInProgress, t.publish.operationHint[outcome.kind]);
    case 'gitMissing':
      return text(o.gitMissing, t.publish.gitMissingHint);
    case 'cancelled':
      return text(o.cancelled, kept(outcome.commit));
  }
}

/** The moment `at` (ms) as the site's wall clock reads it, with the site's offset (never silently UTC). */
export function publicationDate(timeZone: string | null, at: number): string {
  const when = new Date(at);
  return newDateValue(when, offsetIn(timeZone, when));
}
