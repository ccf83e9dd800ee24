// Draws a plain paragraph edit into the preview in the keystroke's own task, then checks it against the shell's render.
import type { PlainLineEdit } from './plainEdit';
import { fastPathSwitchedOff, recordSpeculation, settleSpeculations } from './trace';

interface Drawn {
  revision: number;
  line: number;
  /** The block as this module left it, to compare with the render of the same text. */
  html: string;
}

/**
 * The preview document's side of the fast path. The editor store numbers each text it
 * sends (its revision); the preview frame says which revision its DOM shows. An edit is
 * drawn here only when the DOM shows exactly the text before it, so the paragraph found
 * at the edit's line is the paragraph being typed in. Renders of older text than the DOM
 * shows are not applied (they would take the typed letters away again); the render of the
 * newest drawn revision is compared block for block with what was drawn.
 */
export class PreviewSpeculation {
  #doc: Document | null = null;
  /** The revision of the text the preview's DOM shows; null when unknown (nothing shown yet). */
  #shown: number | null = null;
  #drawn: Drawn[] = [];
  /** An edit drawn ahead of the editor's update, for the text `revision` the editor has not reported yet. */
  #ahead: { revision: number; edit: PlainLineEdit; block: Element } | null = null;

  /** The preview frame's document is ready (or gone, with null); what it shows is unknown until a render lands. */
  attach(doc: Document | null): void {
    this.#doc = doc;
    this.#shown = null;
    this.#drawn = [];
    this.#ahead = null;
  }

  /** Another post or a fresh text: nothing drawn so far applies. */
  reset(): void {
    this.#shown = null;
    this.#drawn = [];
    this.#ahead = null;
  }

  /**
   * Draws the edit that made text `revision` out of text `revision - 1`, if the DOM shows
   * text `revision - 1` and the edit's line is a paragraph holding exactly `edit.before`.
   * Returns whether it drew. An edit drawn ahead of the editor's update (`drawAhead`) is
   * drawn already when it is the same edit; when it is not, what was drawn is left for the
   * render to replace.
   */
  apply(plainEdit: () => PlainLineEdit | null, revision: number): boolean {
    const ahead = this.#ahead;
    if (ahead !== null) {
      this.#ahead = null;
      const edit = ahead.revision === revision ? plainEdit() : null;
      if (edit !== null && sameEdit(edit, ahead.edit) && ahead.block.isConnected) {
        this.#record(revision, edit.line, ahead.block);
        return true;
      }
      // The DOM shows a letter the text may not have: no render is stale until one lands.
      this.#shown = null;
      return false;
    }
    const drawn = this.#draw(plainEdit, revision);
    if (drawn === null) return false;
    this.#record(revision, drawn.edit.line, drawn.block);
    return true;
  }

  /**
   * Draws an edit the editor has drawn ahead of its update, which will make text `revision`:
   * as `apply` would, and then `apply` of that revision finds it drawn. Returns whether it drew.
   */
  drawAhead(plainEdit: () => PlainLineEdit | null, revision: number): boolean {
    if (this.#ahead !== null) return false;
    const drawn = this.#draw(plainEdit, revision);
    if (drawn === null) return false;
    // Renders of the text before it would take the letter away again.
    this.#shown = revision;
    this.#ahead = { revision, edit: drawn.edit, block: drawn.block };
    return true;
  }

  /** Draws the edit that makes text `revision`, when the DOM shows text `revision - 1` (see `apply`). */
  #draw(plainEdit: () => PlainLineEdit | null, revision: number): { edit: PlainLineEdit; block: Element } | null {
    const doc = this.#doc;
    // The edit is classified only when it could be drawn: the DOM shows the text it was made from.
    if (doc === null || this.#shown !== revision - 1 || fastPathSwitchedOff()) return null;
    const edit = plainEdit();
    if (edit === null) return null;
    const block = topLevelBlockAt(doc, edit.line);
    if (block === null || block.tagName !== 'P' || block.attributes.length !== 1) return null;
    const text = block.firstChild;
    if (text === null || text !== block.lastChild || text.nodeType !== 3 || (text as Text).data !== edit.before) {
      return null;
    }
    replaceChanged(text as Text, edit.before, edit.after);
    return { edit, block };
  }

  /** The DOM shows text `revision`, drawn here: kept to be compared with the render of the same text. */
  #record(revision: number, line: number, block: Element): void {
    this.#shown = revision;
    this.#drawn.push({ revision, line, html: block.outerHTML });
    recordSpeculation(revision, line);
  }

  /** True when a render of text `revision` is older than what the DOM shows and must not be applied. */
  isStale(revision: number): boolean {
    return this.#shown !== null && revision < this.#shown;
  }

  /**
   * A render of text `revision` is about to replace the preview's body with `blocks`: the
   * newest drawn paragraph is compared with the render's block at the same line (when the
   * render is of exactly that text) and the outcome is recorded for every edit drawn since
   * the last render. The caller then patches, which replaces any block that differs.
   */
  landing(blocks: DocumentFragment, revision: number): void {
    const newest = this.#drawn.at(-1);
    if (newest !== undefined) {
      let outcome: boolean | null = null;
      if (newest.revision === revision) {
        const rendered = Array.from(blocks.children).find((el) => el.getAttribute('data-line') === String(newest.line));
        outcome = rendered !== undefined && rendered.outerHTML === newest.html;
      }
      settleSpeculations(this.#drawn.map((drawn) => drawn.revision), outcome, revision);
    }
    this.#drawn = [];
    this.#shown = revision;
  }
}

function sameEdit(a: PlainLineEdit, b: PlainLineEdit): boolean {
  return a.line === b.line && a.before === b.before && a.after === b.after;
}

/** The top-level block of the preview whose source starts on `line`. */
function topLevelBlockAt(doc: Document, line: number): Element | null {
  const mark = String(line);
  for (const child of Array.from(doc.body?.children ?? [])) {
    if (child.getAttribute('data-line') === mark) return child;
  }
  return null;
}

/**
 * Changes `node` from `before` to `after` by replacing only the part that differs, so the change
 * the browser sees is the typed letters, not a new paragraph text (no measurable gain here, but
 * never more work than replacing the whole text).
 */
function replaceChanged(node: Text, before: string, after: string): void {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  node.replaceData(start, before.length - start - end, after.slice(start, after.length - end));
}
