import { describe, expect, it } from 'vitest';
import { thumbnailOf } from './imageField';

const toUrl = (file: string): string => `inkstone-site://localhost/${file}`;

describe('the image field thumbnail', () => {
  it('serves a site path from static/ through the scoped protocol', () => {
    expect(thumbnailOf('/images/posts/hello.webp', 'content/posts/20260206-hello.md', 0, toUrl)).toEqual({
      kind: 'file',
      file: 'static/images/posts/hello.webp',
      url: 'inkstone-site://localhost/static/images/posts/hello.webp',
    });
  });

  it('finds a bundle image beside the post', () => {
    const thumb = thumbnailOf('cover.webp', 'content/posts/trip/index.md', 0, toUrl);
    expect(thumb).toMatchObject({ kind: 'file', file: 'content/posts/trip/cover.webp' });
  });

  it('asks again after a copy, shows no thumbnail for remote images or empty values', () => {
    expect(thumbnailOf('/images/a.png', 'content/posts/a.md', 2, toUrl)).toMatchObject({ url: 'inkstone-site://localhost/static/images/a.png?v=2' });
    expect(thumbnailOf('https://example.org/a.png', 'content/posts/a.md', 0, toUrl)).toEqual({ kind: 'remote' });
    expect(thumbnailOf('  ', 'content/posts/a.md', 0, toUrl)).toEqual({ kind: 'none' });
    expect(thumbnailOf('/a.png', null, 0, toUrl)).toEqual({ kind: 'none' });
    expect(thumbnailOf('/../../etc/passwd.png', 'content/posts/a.md', 0, toUrl)).toEqual({ kind: 'remote' });
  });
});
