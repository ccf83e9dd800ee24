import { describe, expect, it } from 'vitest';
import { rewriteImages, siteFileFor } from './images';

describe('preview images', () => {
  it('maps an absolute Hugo URL to the file under static/', () => {
    expect(siteFileFor('/images/posts/x.webp', 'content/posts/a.md')).toBe('static/images/posts/x.webp');
  });

  it('maps a relative URL into the post folder (its bundle)', () => {
    expect(siteFileFor('cover.webp', 'content/posts/tea/index.md')).toBe('content/posts/tea/cover.webp');
    expect(siteFileFor('./img/a%20b.png', 'content/posts/tea/index.md')).toBe('content/posts/tea/img/a b.png');
  });

  it('leaves external, data and protocol-relative URLs alone, and never climbs out of the site', () => {
    expect(siteFileFor('https://example.com/a.png', 'content/a.md')).toBeNull();
    expect(siteFileFor('data:image/png;base64,AAAA', 'content/a.md')).toBeNull();
    expect(siteFileFor('//cdn.example.com/a.png', 'content/a.md')).toBeNull();
    expect(siteFileFor('../../../etc/passwd', 'content/a.md')).toBeNull();
  });

  it('rewrites the src of site images and keeps the written one', () => {
    const div = document.createElement('div');
    div.innerHTML = '<img src="/images/x.webp"><img src="https://example.com/y.png">';
    rewriteImages(div, 'content/posts/a.md', (file) => `inkstone-site://localhost/${file}`);
    const [a, b] = [...div.querySelectorAll('img')];
    expect(a.getAttribute('src')).toBe('inkstone-site://localhost/static/images/x.webp');
    expect(a.getAttribute('data-src')).toBe('/images/x.webp');
    expect(b.getAttribute('src')).toBe('https://example.com/y.png');
  });
});
