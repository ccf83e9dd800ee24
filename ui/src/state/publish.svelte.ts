// The Publish button's state: the repository status behind its badge, and the dialog from plan to outcome.
import type { AppError } from '../ipc/bindings/AppError';
import * as ipc from '../ipc/commands';
import { toAppError } from '../ipc/errors';
import type { ChangedFile, PublishOutcome, PublishPlan, PublishProgress, StatusReport } from '../ipc/publishTypes';
import { i18n } from '../i18n/index.svelte';
import { blockingErrors, messageLanguage, publicationDate, tickedDrafts, unpublishedCount } from './publishModel';

/** closed → loading (saving, checking) → plan → running → finished. */
export type PublishPhase = 'closed' | 'loading' | 'plan' | 'running' | 'finished';

/** A file's diff as the dialog shows it: being read, read, or why it could not be. */
export type DiffView = { state: 'loading' } | { state: 'ready'; text: string } | { state: 'error'; error: AppError };

export class PublishStore {
  /** The status view's answer; null until first read (or when no site is open). */
  status = $state.raw<StatusReport | null>(null);
  phase = $state<PublishPhase>('closed');
  plan = $state.raw<PublishPlan | null>(null);
  /** Site-relative paths of the ticked files. */
  ticked = $state.raw<string[]>([]);
  /** The writer's answer to "flip the drafts?". */
  flipDrafts = $state(true);
  /** Also date the flipped drafts now, for sites that date a post by its publication. */
  dateDrafts = $state(false);
  /** The site's `timeZone`, so "now" is written as the site's wall clock with its offset. */
  siteTimeZone = $state<string | null>(null);
  message = $state('');
  steps = $state.raw<PublishProgress[]>([]);
  outcome = $state.raw<PublishOutcome | null>(null);
  /** A failure publishing did not expect (git or the disk failing), or a set-up step failing. */
  error = $state.raw<AppError | null>(null);
  cancelling = $state(false);
  diffs = $state.raw<Record<string, DiffView>>({});
  remoteUrl = $state('');
  /** True while initialising or adding a remote. */
  settingUp = $state(false);

  count = $derived(unpublishedCount(this.status));
  changes = $derived<ChangedFile[]>(this.plan?.report.state === 'ready' ? this.plan.report.status.changes : []);
  blocking = $derived(blockingErrors(this.plan?.diagnostics ?? [], this.changes, this.ticked));
  drafts = $derived(tickedDrafts(this.changes, this.ticked));

  #messageEdited = false;
  #messageRequest = 0;

  /** Re-reads the status (after a save, a publish, opening a site). */
  async refreshStatus(): Promise<void> {
    try {
      this.status = await ipc.publishStatus();
    } catch {
      // No site open, or git failing: the badge shows nothing; the dialog reports why.
      this.status = null;
    }
  }

  /** Opens the dialog: `prepare` saves the open posts first (false stops here), then the plan is read. */
  async open(prepare: () => Promise<boolean>): Promise<void> {
    if (this.phase === 'running') return;
    this.phase = 'loading';
    this.#reset();
    if (!(await prepare())) {
      this.phase = 'closed';
      return;
    }
    await this.#loadPlan();
  }

  async #loadPlan(): Promise<void> {
    this.phase = 'loading';
    try {
      const plan = await ipc.publishPlan();
      this.plan = plan;
      this.status = plan.report;
      this.ticked = this.changes.map((c) => c.path);
      this.#messageEdited = false;
      await this.#defaultMessage();
    } catch (reason) {
      this.error = toAppError(reason);
    }
    this.phase = 'plan';
  }

  #reset(): void {
    this.plan = null;
    this.ticked = [];
    this.flipDrafts = true;
    this.dateDrafts = false;
    this.message = '';
    this.steps = [];
    this.outcome = null;
    this.error = null;
    this.cancelling = false;
    this.diffs = {};
  }

  toggle(path: string): void {
    this.ticked = this.ticked.includes(path) ? this.ticked.filter((p) => p !== path) : [...this.ticked, path];
    void this.#defaultMessage();
  }

  tickAll(on: boolean): void {
    this.ticked = on ? this.changes.map((c) => c.path) : [];
    void this.#defaultMessage();
  }

  /** The writer typed a message: it is theirs from now on. */
  editMessage(text: string): void {
    this.message = text;
    this.#messageEdited = true;
  }

  /** "Publish: 〈title〉, 〈title〉" for the ticked files, unless the writer wrote their own. */
  async #defaultMessage(): Promise<void> {
    if (this.#messageEdited) return;
    const request = ++this.#messageRequest;
    const files = this.changes.filter((c) => this.ticked.includes(c.path));
    const text = files.length === 0 ? '' : await ipc.publishMessage(files, messageLanguage(i18n.locale)).catch(() => '');
    if (request === this.#messageRequest && !this.#messageEdited) this.message = text;
  }

  /** Shows or hides the diff of one file, reading it the first time. */
  async toggleDiff(path: string): Promise<void> {
    if (this.diffs[path]) {
      this.diffs = Object.fromEntries(Object.entries(this.diffs).filter(([shown]) => shown !== path));
      return;
    }
    this.diffs = { ...this.diffs, [path]: { state: 'loading' } };
    let view: DiffView;
    try {
      view = { state: 'ready', text: await ipc.publishDiff(path) };
    } catch (reason) {
      view = { state: 'error', error: toAppError(reason) };
    }
    if (this.diffs[path]) this.diffs = { ...this.diffs, [path]: view };
  }

  /** True when the Publish action may run: nothing blocks and there is something to send. */
  get canPublish(): boolean {
    const ahead = this.plan?.report.state === 'ready' ? this.plan.report.status.ahead : 0;
    return this.phase === 'plan' && this.blocking.length === 0 && (this.ticked.length > 0 || (this.changes.length === 0 && ahead > 0));
  }

  /** Runs the pipeline with the writer's choices; resolves with the outcome (null when it failed). */
  async run(): Promise<PublishOutcome | null> {
    if (!this.canPublish) return null;
    this.phase = 'running';
    this.steps = [];
    this.outcome = null;
    this.error = null;
    this.cancelling = false;
    const request = {
      paths: this.ticked,
      message: this.message.trim() === '' ? null : this.message,
      undraft: this.flipDrafts ? this.drafts : [],
      undraftDate: this.flipDrafts && this.dateDrafts ? publicationDate(this.siteTimeZone, Date.now()) : null,
      language: messageLanguage(i18n.locale),
    };
    try {
      this.outcome = await ipc.publishRun(request, (step) => {
        this.steps = [...this.steps, step];
      });
    } catch (reason) {
      this.error = toAppError(reason);
    }
    this.phase = 'finished';
    await this.refreshStatus();
    return this.outcome;
  }

  /** Asks the running publish to stop at its next step. */
  async cancel(): Promise<void> {
    if (this.phase !== 'running') return;
    this.cancelling = true;
    await ipc.publishCancel().catch(() => {});
  }

  /** Back to the file list after an outcome (a retry after fixing something). */
  async again(): Promise<void> {
    this.#reset();
    await this.#loadPlan();
  }

  close(): void {
    if (this.phase === 'running') return;
    this.phase = 'closed';
  }

  /** "Not a repository": make the site folder one, then show the plan again. */
  async initialise(): Promise<void> {
    await this.#setUp(() => ipc.publishInit());
  }

  /** "No remote": add the address the writer pasted, then show the plan again. */
  async addRemote(): Promise<void> {
    await this.#setUp(() => ipc.publishAddRemote(this.remoteUrl));
  }

  async #setUp(step: () => Promise<StatusReport>): Promise<void> {
    this.settingUp = true;
    this.error = null;
    try {
      this.status = await step();
      this.remoteUrl = '';
      await this.#loadPlan();
    } catch (reason) {
      this.error = toAppError(reason);
    } finally {
      this.settingUp = false;
    }
  }
}

