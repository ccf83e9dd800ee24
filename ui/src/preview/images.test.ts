import { afterEach, describe, expect, it } from 'vitest';
import { assetsChanged, resetAssetVersions } from './assetVersions.svelte';
import { refreshSiteImages, rewriteImages, siteFileFor } from './images';

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

describe('preview images after a change on disk', () => {
  const toUrl = (file: string) => `inkstone-site://localhost/${file}`;
  afterEach(() => resetAssetVersions());

  it('gives a changed file a new URL, and leaves the others alone', () => {
    const div = document.createElement('div');
    div.innerHTML = '<img src="/images/new.webp"><img src="/images/old.webp"><img src="https://example.com/y.png">';
    rewriteImages(div, 'content/posts/a.md', toUrl);
    const [added, other, external] = [...div.querySelectorAll('img')];
    expect(added.getAttribute('src')).toBe('inkstone-site://localhost/static/images/new.webp');

    assetsChanged(['static/images/new.webp']);
    refreshSiteImages(div, 'content/posts/a.md', toUrl);
    expect(added.getAttribute('src')).toBe('inkstone-site://localhost/static/images/new.webp?v=1');
    expect(other.getAttribute('src')).toBe('inkstone-site://localhost/static/images/old.webp');
    expect(external.getAttribute('src')).toBe('https://example.com/y.png');

    // A block rendered afresh points at the same version, so the next patch does not flip it back.
    const again = document.createElement('div');
    again.innerHTML = '<img src="/images/new.webp">';
    rewriteImages(again, 'content/posts/a.md', toUrl);
    expect(again.querySelector('img')?.getAttribute('src')).toBe('inkstone-site://localhost/static/images/new.webp?v=1');
  });

  it('gives every file a new URL when the site was read afresh', () => {
    const div = document.createElement('div');
    div.innerHTML = '<img src="cover.webp">';
    rewriteImages(div, 'content/posts/tea/index.md', toUrl);
    assetsChanged(['static/unrelated.png']);
    assetsChanged('all');
    refreshSiteImages(div, 'content/posts/tea/index.md', toUrl);
    expect(div.querySelector('img')?.getAttribute('src')).toBe('inkstone-site://localhost/content/posts/tea/cover.webp?v=2');
  });
});
