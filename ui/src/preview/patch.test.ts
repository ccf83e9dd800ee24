import { describe, expect, it } from 'vitest';
import { isNavigatingClick, patchPreviewBody, setPreviewLang } from './patch';

function doc(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

describe('patchPreviewBody', () => {
  it('replaces the body and keeps the head', () => {
    const d = doc('<p>old</p>');
    const meta = d.createElement('meta');
    d.head.append(meta);
    patchPreviewBody(d, '<h2>新的</h2>');
    expect(d.body.innerHTML).toBe('<h2>新的</h2>');
    expect(d.head.contains(meta)).toBe(true);
  });

  it('replaces only the block that changed and keeps the others as they are', () => {
    const d = doc('<h2 data-line="1">一</h2>\n<p data-line="3">二</p>\n<p data-line="5">三</p>\n');
    const [h2, , last] = Array.from(d.body.children);
    const replaced = patchPreviewBody(d, '<h2 data-line="1">一</h2>\n<p data-line="3">二 and more</p>\n<p data-line="5">三</p>\n');
    expect(replaced).toBe(1);
    expect(d.body.innerHTML).toBe('<h2 data-line="1">一</h2>\n<p data-line="3">二 and more</p>\n<p data-line="5">三</p>\n');
    expect(d.body.children[0]).toBe(h2);
    expect(d.body.children[2]).toBe(last);
  });

  it('moves the line marks of the blocks after a new line without replacing them', () => {
    const d = doc('<p data-line="1">一</p>\n<p data-line="3">二</p>\n<ul data-line="5">\n<li>三</li>\n</ul>\n');
    const list = d.body.querySelector('ul');
    patchPreviewBody(d, '<p data-line="1">一</p>\n<p data-line="3">新</p>\n<p data-line="5">二</p>\n<ul data-line="7">\n<li>三</li>\n</ul>\n');
    expect(d.body.innerHTML).toBe('<p data-line="1">一</p>\n<p data-line="3">新</p>\n<p data-line="5">二</p>\n<ul data-line="7">\n<li>三</li>\n</ul>\n');
    expect(d.body.querySelector('ul')).toBe(list);
  });

  it('removes blocks that are gone and changes nothing when nothing changed', () => {
    const d = doc('<p data-line="1">一</p>\n<hr data-line="3">\n<p data-line="5">二</p>\n');
    patchPreviewBody(d, '<p data-line="1">一</p>\n<p data-line="3">二</p>\n');
    expect(d.body.innerHTML).toBe('<p data-line="1">一</p>\n<p data-line="3">二</p>\n');
    expect(patchPreviewBody(d, '<p data-line="1">一</p>\n<p data-line="3">二</p>\n')).toBe(0);
    patchPreviewBody(d, '');
    expect(d.body.innerHTML).toBe('');
  });

  it('prepares the new blocks before comparing, so a prepared block stays in place', () => {
    const d = doc('');
    const point = (blocks: DocumentFragment): void => {
      for (const img of blocks.querySelectorAll('img')) img.setAttribute('src', `site:${img.getAttribute('src')}`);
    };
    patchPreviewBody(d, '<p><img src="a.webp"></p>\n<p>x</p>', point);
    const figure = d.body.firstElementChild;
    expect(patchPreviewBody(d, '<p><img src="a.webp"></p>\n<p>xy</p>', point)).toBe(1);
    expect(d.body.firstElementChild).toBe(figure);
    expect(d.body.innerHTML).toBe('<p><img src="site:a.webp"></p>\n<p>xy</p>');
  });
});

describe('setPreviewLang', () => {
  it('sets and clears the document language', () => {
    const d = doc('');
    setPreviewLang(d, 'zh-tw');
    expect(d.documentElement.lang).toBe('zh-tw');
    setPreviewLang(d, undefined);
    expect(d.documentElement.hasAttribute('lang')).toBe(false);
  });
});

describe('isNavigatingClick', () => {
  const d = doc('<a id="out" href="https://example.org"><em id="inner">x</em></a><a id="fn" href="#fn1">1</a><span id="plain">y</span>');

  it('is true inside a link to another page', () => {
    expect(isNavigatingClick(d.getElementById('out'))).toBe(true);
    expect(isNavigatingClick(d.getElementById('inner'))).toBe(true);
  });

  it('is false for in-page anchors and plain text', () => {
    expect(isNavigatingClick(d.getElementById('fn'))).toBe(false);
    expect(isNavigatingClick(d.getElementById('plain'))).toBe(false);
    expect(isNavigatingClick(null)).toBe(false);
  });
});
