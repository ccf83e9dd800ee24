// Updates a live preview document in place, so an edit never reloads the iframe (no flicker, scroll kept).

/** Equal, or equal but for the `data-line` mark of a block that moved up or down the source. */
function sameButLine(shown: Node, next: Node): boolean {
  if (!(shown.nodeType === 1 && next.nodeType === 1)) return shown.isEqualNode(next);
  const a = shown as Element;
  const b = next as Element;
  const line = b.getAttribute('data-line');
  const was = a.getAttribute('data-line');
  if (line === was) return a.isEqualNode(b);
  if (line === null || was === null) return false;
  b.setAttribute('data-line', was);
  const same = a.isEqualNode(b);
  b.setAttribute('data-line', line);
  return same;
}

/**
 * Makes the body of `doc` show `bodyHtml` by replacing only the top-level blocks that changed:
 * a keystroke re-lays out one paragraph, not the whole post, and nothing flickers. Blocks after
 * the change that only moved get their new `data-line`. `prepare` runs on the parsed new blocks
 * before they are compared (image URLs pointed at the site), so unchanged blocks compare equal.
 * The new HTML is parsed into an inert template: nothing in it loads before it is in the page.
 * Returns how many top-level nodes were replaced or added.
 */
export function patchPreviewBody(doc: Document, bodyHtml: string, prepare?: (blocks: DocumentFragment) => void): number {
  const body = doc.body;
  if (body === null) return 0;
  const template = doc.createElement('template');
  template.innerHTML = bodyHtml;
  prepare?.(template.content);
  const next = Array.from(template.content.childNodes);
  const shown = Array.from(body.childNodes);
  const common = Math.min(next.length, shown.length);
  let head = 0;
  while (head < common && shown[head].isEqualNode(next[head])) head++;
  let tail = 0;
  while (tail < common - head && sameButLine(shown[shown.length - 1 - tail], next[next.length - 1 - tail])) tail++;
  for (let i = 1; i <= tail; i++) {
    const line = (next[next.length - i] as Partial<Element>).getAttribute?.('data-line') ?? null;
    const block = shown[shown.length - i] as Partial<Element>;
    if (line !== null && block.getAttribute?.('data-line') !== line) block.setAttribute?.('data-line', line);
  }
  const removed = shown.slice(head, shown.length - tail);
  const added = next.slice(head, next.length - tail);
  if (removed.length === 0 && added.length === 0) return 0;
  // Explicitly kept: removing blocks can momentarily shorten the page, and engines differ in what they do then.
  const scroller = doc.scrollingElement ?? doc.documentElement;
  const top = scroller.scrollTop;
  const left = scroller.scrollLeft;
  const anchor = tail > 0 ? shown[shown.length - tail] : null;
  for (const node of removed) node.remove();
  const fragment = doc.createDocumentFragment();
  fragment.append(...added);
  body.insertBefore(fragment, anchor);
  scroller.scrollTop = top;
  scroller.scrollLeft = left;
  return added.length;
}

/** Sets the page language (it follows the open post's `lang`). */
export function setPreviewLang(doc: Document, lang: string | undefined): void {
  if (lang) doc.documentElement.lang = lang;
  else doc.documentElement.removeAttribute('lang');
}

/**
 * True when a click on `target` would navigate the preview away from the post.
 * In-page links (`#fn1`, heading anchors) stay allowed.
 */
export function isNavigatingClick(target: EventTarget | null): boolean {
  // The target lives in the iframe's realm, where `instanceof Element` of this realm fails.
  const element = target as Partial<Element> | null;
  if (element === null || typeof element.closest !== 'function') return false;
  const link = element.closest('a[href]');
  if (link === null) return false;
  const href = link.getAttribute('href') ?? '';
  return !href.startsWith('#');
}
