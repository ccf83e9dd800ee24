import { describe, expect, it } from 'vitest';
import { PREVIEW_CSP, PREVIEW_SANDBOX, buildPreviewDocument } from './document';

/** Parses a built document the way the iframe will. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('buildPreviewDocument', () => {
  it('declares UTF-8 first thing in the head', () => {
    const doc = parse(buildPreviewDocument('<p>你好</p>'));
    const first = doc.head.firstElementChild;
    expect(first?.tagName).toBe('META');
    expect(first?.getAttribute('charset')).toBe('utf-8');
  });

  it('carries the CSP that loads nothing but images and inline styles', () => {
    const doc = parse(buildPreviewDocument('<p>x</p>'));
    const csp = doc.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe(PREVIEW_CSP);
    expect(PREVIEW_CSP).toContain("default-src 'none'");
    expect(PREVIEW_CSP).toContain("img-src 'self' asset: http://asset.localhost inkstone-site: http://inkstone-site.localhost data: https:");
    expect(PREVIEW_CSP).toContain("style-src 'unsafe-inline'");
    expect(PREVIEW_CSP).toContain('font-src data:');
    expect(PREVIEW_CSP).not.toContain('script-src');
  });

  it('puts the rendered HTML in the body untouched', () => {
    const body = '<h2 id="intro">前言</h2>\n<p>一段<strong>文字</strong>。</p>';
    const doc = parse(buildPreviewDocument(body));
    expect(doc.body.innerHTML).toBe(body);
    expect(doc.querySelectorAll('h2')).toHaveLength(1);
  });

  it('includes the reading stylesheet with CJK fonts, strict line breaks and no justification', () => {
    const html = buildPreviewDocument('');
    expect(html).toContain('"Noto Sans CJK TC"');
    expect(html).toContain('"PingFang TC"');
    expect(html).toContain('"Microsoft JhengHei"');
    expect(html).toContain('line-break: strict');
    expect(html).toContain('line-height: 1.8');
    expect(html).toContain('prefers-color-scheme: dark');
    expect(html).not.toMatch(/text-align:\s*justify/u);
  });

  it('sets the page language when given, escaped', () => {
    expect(parse(buildPreviewDocument('', { lang: 'zh-TW' })).documentElement.lang).toBe('zh-TW');
    expect(parse(buildPreviewDocument('', { lang: '"><x' })).documentElement.lang).toBe('"><x');
    expect(parse(buildPreviewDocument('')).documentElement.hasAttribute('lang')).toBe(false);
  });
});

describe('PREVIEW_SANDBOX', () => {
  it('allows same-origin access and never scripts', () => {
    expect(PREVIEW_SANDBOX).toBe('allow-same-origin');
    expect(PREVIEW_SANDBOX).not.toContain('allow-scripts');
  });
});
