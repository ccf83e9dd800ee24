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
