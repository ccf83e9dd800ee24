// Updates a live preview document in place, so an edit never reloads the iframe (no flicker, scroll kept).

/**
 * Replaces the body of `doc` with `bodyHtml`. The scroll offset is restored explicitly: replacing the body's children can
 * momentarily collapse its height, and engines differ in what they do then.
 */
export function patchPreviewBody(doc: Document, bodyHtml: string): void {
  const body = doc.body;
  if (body === null) return;
  const scroller = doc.scrollingElement ?? doc.documentElement;
  const top = scroller.scrollTop;
  const left = scroller.scrollLeft;
  body.innerHTML = bodyHtml;
  scroller.scrollTop = top;
  scroller.scrollLeft = left;
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
