// The open post, its live preview and its saving. The editor view owns the buffer; this store hears each edit.
import { tick } from 'svelte';
import type { AppError } from '../ipc/bindings/AppError';
import type { Diagnostic } from '../ipc/bindings/Diagnostic';
import type { PostSummary } from '../ipc/bindings/PostSummary';
import { Transaction } from '@codemirror/state';
import type { EditorState } from '@codemirror/state';
import type { PostText } from '../ipc/bindings/PostText';
import type { Preview } from '../ipc/bindings/Preview';
import * as ipc from '../ipc/commands';
import { toAppError } from '../ipc/errors';
import { sameDiagnostics, mergeDiagnostics } from '../preview/diagnostics';
import { recordRender } from '../preview/trace';
import type { PlainLineEdit } from '../preview/plainEdit';
import { afterNextPaint } from '../preview/afterPaint';
import { PreviewSpeculation } from '../preview/speculation';
import { reloadChangesFor, replacementFor, textOf } from '../editor/lineBreaks';
import { createAutosave } from './autosave';
import { createJournal } from './journal';
import type { Snapshot } from './journal';
import { latestWins } from './latestWins';
import { SaveSession } from './saveSession.svelte';
import type { Gone } from './saveSession.svelte';

/** Anything that yields the buffer's text; the editor passes its document so text is built only when rendered. */
export interface Buffer {
  toString(): string;
}

interface RenderRequest {
  path: string;
  buffer: Buffer;
  /** Which text this is (the store numbers every text of the buffer), so the preview knows what its DOM shows. */
  revision: number;
}

/** A render, with the number of the text it was made from. */
export type RenderedPreview = Preview & { revision: number };

/** What the store may ask of the mounted editor view. */
export interface EditorHandle {
  text(): string;
  /** Replaces the buffer with `text` as one minimal change: undoable, unless it only follows the disk (`external`). */
  replace(text: string, external?: boolean): void;
  /** True while an input method is composing. */
  composing(): boolean;
  /** The whole editor state (document, selection, undo history), kept while another tab is shown. */
  state(): EditorState;
  /** Scrolls so that a 1-based line is at the top, without moving the cursor. */
  scrollToLine(line: number): void;
  /** Puts the cursor at a 1-based line and character column, scrolls there and focuses the editor. */
  jump(line: number, column: number): void;
}

/** What the editor view should show: a freshly read text, or a tab's kept state. */
export type Loaded = PostText & { state: EditorState | null };

/** One open post. */
export interface Tab {
  path: string;
  session: SaveSession;
  /** The editor state while the tab is in the background; null while it is shown. */
  state: EditorState | null;
}

export type EditorStatus = 'empty' | 'loading' | 'ready' | 'error';

/**
 * The checks (front matter, links, series) run after this pause in typing, never on the
 * preview's path: the preview renders every keystroke at once, the checks catch up.
 */
export const CHECK_DELAY_MS = 250;

export class EditorStore {
  path = $state<string | null>(null);
  /** The text as read from disk; a new value tells the editor view to replace its document. */
  loaded = $state.raw<Loaded | null>(null);
  /** Every open post, in tab order. */
  tabs = $state.raw<Tab[]>([]);
  status = $state<EditorStatus>('empty');
  error = $state.raw<AppError | null>(null);
  preview = $state.raw<RenderedPreview | null>(null);
  /** The preview's fast path: plain paragraph edits drawn in the keystroke's own task (see docs/preview-latency.md). */
  readonly speculation = new PreviewSpeculation();
  /** Numbers each text of the buffer; renders and drawn edits say which text they show. */
  #textRevision = 0;
  previewError = $state.raw<AppError | null>(null);
  /** The checks' and the renderer's diagnostics of the buffer, by line; a new array only when they change. */
  diagnostics = $state.raw<Diagnostic[]>([]);
  #checked: Diagnostic[] = [];
  #rendered: Diagnostic[] = [];
  /** The open post's save state; null when no post is open. */
  session = $state.raw<SaveSession | null>(null);
  /** Counts buffer changes, so views that read the text (the form, the word count) know when to look again. */
  revision = $state(0);
  /** The source line at the top of the editor, as the writer scrolls; the preview follows it. */
  topLine = $state<number | null>(null);
  /** Set by the editor view once mounted. */
  handle: EditorHandle | null = null;
  /** Hears each successful save (the site store refreshes the post's list entry). */
  onSaved: (summary: PostSummary | null) => void = () => {};

  #reads = 0;
  #journal = createJournal({ record: ipc.journalRecord, clear: ipc.journalClear });
  #autosave = createAutosave({
    delayMs: 2000,
    isComposing: () => this.handle?.composing() ?? false,
    // A file deleted or moved on disk waits for the writer: autosave must not bring it back at the old place.
    isDirty: () => (this.session?.dirty ?? false) && this.session?.gone === null,
    save: () => void this.save(),
  });
  // No pause: a render starts as soon as the previous one is back, with the newest text.
  #renderer = latestWins<RenderRequest, RenderedPreview>({
    delayMs: 0,
    run: ({ path, buffer, revision }) => {
      const sent = performance.now();
      const text = buffer.toString();
      return ipc.previewRender(path, text).then((preview) => {
        recordRender(sent, preview.render_micros, text.length);
        return { ...preview, revision };
      });
    },
    onResult: (preview, { path }) => {
      if (path !== this.path) return;
      // Older than what the preview already drew: the render of the newest text is on its way.
      if (this.speculation.isStale(preview.revision)) return;
      this.preview = preview;
      this.previewError = null;
      if (!sameDiagnostics(this.#rendered, preview.diagnostics)) {
        this.#rendered = preview.diagnostics;
        this.#showDiagnostics();
      }
    },
    onError: (reason, { path }) => {
      if (path !== this.path) return;
      // Keep the last good preview on screen; say that it is stale.
      this.previewError = toAppError(reason);
    },
  });

  #checker = latestWins<RenderRequest, Diagnostic[]>({
    delayMs: CHECK_DELAY_MS,
    run: ({ path, buffer }) => ipc.previewCheck(path, buffer.toString()),
    onResult: (diagnostics, { path }) => {
      if (path !== this.path || sameDiagnostics(this.#checked, diagnostics)) return;
      this.#checked = diagnostics;
      this.#showDiagnostics();
    },
    // A failed check leaves the last diagnostics; the preview says when the shell fails.
    onError: () => {},
  });

  #showDiagnostics(): void {
    this.diagnostics = mergeDiagnostics(this.#checked, this.#rendered);
  }

  #forgetDiagnostics(): void {
    this.#checker.cancel();
    this.#checked = [];
    this.#rendered = [];
    this.diagnostics = [];
  }

  /** Opens the post at `path` in a tab (or shows its tab): reads it, then renders its preview at once. */
  async open(path: string): Promise<void> {
    const known = this.tabs.find((tab) => tab.path === path);
    this.#stash();
    if (known) {
      this.#reads++;
      this.#show(known, known.state ? textOf(known.state) : '');
      return;
    }
    const read = ++this.#reads;
    this.path = path;
    this.status = 'loading';
    this.error = null;
    this.#renderer.cancel();
    this.#forgetDiagnostics();
    this.#autosave.cancel();
    this.session = null;
    try {
      const text = await ipc.postRead(path);
      if (read !== this.#reads) return;
      const tab: Tab = { path, session: this.#session(path, text.text), state: null };
      this.tabs = [...this.tabs, tab];
      this.#show(tab, text.text);
    } catch (reason) {
      if (read !== this.#reads) return;
      this.error = toAppError(reason);
      this.status = 'error';
    }
  }

  /** Closes a tab (the caller asked about unsaved text); the neighbour tab is shown, or nothing. */
  closeTab(path: string): void {
    const at = this.tabs.findIndex((tab) => tab.path === path);
    if (at < 0) return;
    if (this.tabs[at]?.session.dirty) this.#journal.forget(path);
    this.tabs = this.tabs.filter((tab) => tab.path !== path);
    if (path !== this.path) return;
    const next = this.tabs[Math.min(at, this.tabs.length - 1)];
    if (next) {
      this.#reads++;
      this.#show(next, next.state ? textOf(next.state) : '');
    } else {
      this.#clear();
    }
  }

  /** The shown tab's state goes into the tab; an unsaved buffer left behind is saved now. */
  #stash(): void {
    const current = this.tabs.find((tab) => tab.path === this.path);
    if (!current || !this.handle || this.status !== 'ready') return;
    current.state = this.handle.state();
    if (current.session.dirty) void current.session.save();
  }

  #show(tab: Tab, text: string): void {
    this.#renderer.cancel();
    this.#forgetDiagnostics();
    this.#autosave.cancel();
    this.path = tab.path;
    this.session = tab.session;
    this.loaded = { path: tab.path, text, state: tab.state };
    this.preview = null;
    this.previewError = null;
    this.error = null;
    this.status = 'ready';
    this.revision++;
    this.speculation.reset();
    const revision = ++this.#textRevision;
    this.#renderer.runNow({ path: tab.path, buffer: text, revision });
    this.#checker.runNow({ path: tab.path, buffer: text, revision });
  }

  #session(path: string, base: string): SaveSession {
    const session: SaveSession = new SaveSession({
      path,
      base,
      text: () => this.#textOf(path) ?? base,
      onSaved: (summary) => {
        this.#journal.saved(path, this.#snapshot(path));
        this.onSaved(summary);
      },
    });
    return session;
  }

  /** The buffer of the tab at `path`, shown or in the background. */
  #textOf(path: string): string | null {
    if (this.path === path && this.handle && this.status === 'ready') return this.handle.text();
    const kept = this.tabs.find((tab) => tab.path === path)?.state;
    return kept ? textOf(kept) : null;
  }

  /** What the journal should hold for `path` now: its text while unsaved, else nothing. */
  #snapshot(path: string): Snapshot {
    return () => {
      const tab = this.tabs.find((candidate) => candidate.path === path);
      const text = this.#textOf(path);
      if (!tab || text === null || !tab.session.dirty) return null;
      return { text, base: tab.session.gone?.kind === 'deleted' ? null : tab.session.base };
    };
  }

  /**
   * The writer changed the buffer of the open post: re-render now (or when the render in flight is back), check after a
   * pause. An edit the preview drew itself is rendered once the frame showing it is painted, so the round trip never
   * competes with that frame.
   */
  edited(buffer: Buffer, plainEdit: () => PlainLineEdit | null = () => null): void {
    if (this.path === null || this.status !== 'ready') return;
    const revision = ++this.#textRevision;
    // First, so a plain paragraph edit is in the preview's DOM before this task ends, in the editor's frame.
    const drawn = this.speculation.apply(plainEdit, revision);
    // The editor reports a change before its view shows it: the new text is the buffer's.
    this.session?.edited(() => buffer.toString());
    this.revision++;
    this.#autosave.edited();
    this.#journal.edited(this.path, this.#snapshot(this.path));
    const request = { path: this.path, buffer, revision };
    if (!drawn) this.#renderer.request(request);
    // Drawn already: the render only confirms it, so it waits until the frame showing the letter is painted.
    else afterNextPaint(() => revision === this.#textRevision && this.#renderer.request(request));
    this.#checker.request({ path: this.path, buffer, revision });
  }

  /**
   * The editor drew a typed letter before its update (typedAhead.ts): the preview draws it too, in
   * the same frame, when it is plain paragraph text. The editor reports the edit itself once that
   * frame is painted (`edited`), which then confirms what was drawn.
   */
  typedAhead(plainEdit: () => PlainLineEdit | null): void {
    if (this.path === null || this.status !== 'ready') return;
    this.speculation.drawAhead(plainEdit, this.#textRevision + 1);
  }

  /** True when the open post has text the disk does not. */
  get dirty(): boolean {
    return this.session?.dirty ?? false;
  }

  /** Saves the open post now (Ctrl/Cmd+S); true when it reached the disk or nothing needed saving. */
  async save(): Promise<boolean> {
    const session = this.session;
    if (session === null) return true;
    this.#autosave.cancel();
    return session.save();
  }

  /** The window lost focus: autosave (held back while an input method composes). */
  blurred(): void {
    this.#autosave.blurred();
  }

  compositionEnded(): void {
    this.#autosave.compositionEnded();
  }

  setAutosaveDelay(ms: number): void {
    this.#autosave.setDelay(ms);
  }

  /** Replaces the buffer with `text` as one undoable change (a form edit, or "take theirs"). */
  replaceText(text: string): void {
    this.handle?.replace(text);
  }

  /** The file of an open tab changed on disk: a clean buffer follows it, unsaved text waits for the writer. */
  async followDiskChange(path: string): Promise<void> {
    const tab = this.tabs.find((candidate) => candidate.path === path);
    if (!tab) return;
    let disk: string;
    try {
      disk = (await ipc.postRead(path)).text;
    } catch {
      return; // Not readable as a post any more: a later event (removal) will say what happened.
    }
    if (tab.session.externalChange(disk) === 'reload') {
      this.#replaceIn(tab, disk, true);
      tab.session.reloaded(disk);
    }
    if (path === this.path) this.rerender();
  }

  /** The file of an open tab was deleted or moved on disk: the buffer stays, marked. */
  diskGone(path: string, gone: Gone): void {
    this.tabs.find((tab) => tab.path === path)?.session.markGone(gone);
  }

  /** Saves the tab at `from` as the file at `to` (the post was moved on disk); the tab follows. */
  async saveUnder(from: string, to: string): Promise<boolean> {
    const tab = this.tabs.find((candidate) => candidate.path === from);
    if (!tab || this.tabs.some((other) => other.path === to)) return false;
    const text = this.#textOf(from) ?? tab.session.base;
    const wasShown = this.path === from;
    if (wasShown && this.handle) tab.state = this.handle.state();
    const moved: Tab = { path: to, session: this.#session(to, tab.session.base), state: tab.state };
    this.tabs = this.tabs.map((candidate) => (candidate === tab ? moved : candidate));
    this.#journal.forget(from);
    if (wasShown) {
      this.#reads++;
      this.#show(moved, text);
    }
    moved.session.edited();
    return moved.session.save();
  }

  /**
   * Opens `path` with `text` as unsaved work (crash recovery); the file on disk is left as it is.
   * When the file changed since the text was journaled, the tab opens in conflict: saving waits for the writer's choice.
   */
  async restore(path: string, text: string, changedOnDisk = false): Promise<void> {
    await this.open(path);
    const tab = this.tabs.find((candidate) => candidate.path === path);
    if (!tab) {
      // The file is gone from disk: an unsaved buffer with nothing under it, saved as a new file.
      const fresh: Tab = { path, session: this.#session(path, ''), state: null };
      fresh.session.markGone({ kind: 'deleted' });
      this.tabs = [...this.tabs, fresh];
      this.#show(fresh, '');
    }
    // The editor view takes the shown tab's text in an effect: replace after it did.
    await tick();
    this.replaceText(text);
    const session = this.tabs.find((candidate) => candidate.path === path)?.session;
    if (changedOnDisk && session && session.gone === null) session.externalChange(session.base);
  }

  /** Merges the open post's buffer with the disk version it conflicts with, into the buffer. */
  async merge(): Promise<void> {
    const session = this.session;
    if (session === null || session.disk === null) return;
    const outcome = await ipc.textMerge(session.base, this.text(), session.disk);
    if (this.session !== session) return;
    this.replaceText(outcome.text);
    session.merged(outcome.kind === 'conflicted');
  }

  /** Renders and checks the open post again (a file it depends on changed on disk: an image, a data file, another post). */
  rerender(): void {
    if (this.path === null || this.status !== 'ready') return;
    const request = { path: this.path, buffer: this.text(), revision: this.#textRevision };
    this.#renderer.request(request);
    this.#checker.request(request);
  }

  #replaceIn(tab: Tab, text: string, external: boolean): void {
    if (tab.path === this.path && this.handle) {
      this.handle.replace(text, external);
    } else if (tab.state) {
      const changes = external ? reloadChangesFor(tab.state, text) : replacementFor(tab.state, text);
      tab.state = tab.state.update({ changes, annotations: external ? Transaction.addToHistory.of(false) : [] }).state;
    }
  }

  /**
   * The file at `path` was rewritten on disk by the app (a series edit): an open tab
   * without unsaved text shows the new text (one undoable change); a tab with unsaved
   * text keeps it and enters the conflict state, so the writer chooses.
   */
  diskChanged(path: string, text: string): void {
    const tab = this.tabs.find((candidate) => candidate.path === path);
    if (!tab) return;
    tab.session.diskChanged(text, (next) => {
      if (path === this.path && this.handle) {
        this.handle.replace(next);
      } else if (tab.state) {
        tab.state = tab.state.update({ changes: { from: 0, to: tab.state.doc.length, insert: next } }).state;
      }
    });
  }

  /** Shows a diagnostic's place in the text. */
  jumpTo(line: number, column: number): void {
    this.handle?.jump(line, column);
  }

  /** The buffer's text now. */
  text(): string {
    return this.handle?.text() ?? this.loaded?.text ?? '';
  }

  /** Closes every tab (e.g. another site was opened). */
  close(): void {
    this.tabs = [];
    this.#clear();
  }

  #clear(): void {
    this.#reads++;
    this.speculation.reset();
    this.#renderer.cancel();
    this.#forgetDiagnostics();
    this.#autosave.cancel();
    this.session = null;
    this.path = null;
    this.loaded = null;
    this.status = 'empty';
    this.error = null;
    this.preview = null;
    this.previewError = null;
  }
}
