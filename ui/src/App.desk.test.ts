// The writing desk around the form: new dates in the site's time zone, the image field's picker, and New post.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { mockConvertFileSrc } from '@tauri-apps/api/mocks';
import { post, POSTS } from './test/posts';
import { closeApp, openFirstPost } from './test/app';
import { field, mockShell as mockAppShell } from './test/shell';
import App from './App.svelte';

const TEXT = '---\ntitle: 硯台\nimage: "/images/posts/yan-tai.webp"\ndraft: true\n---\n\n正文\n';
const NEW_PATH = 'content/posts/20260206-ink.md';

interface Calls {
  sets: Array<{ key: string; value: unknown }>;
  reads: string[];
  picks: Array<{ path: string; slug: string | null }>;
}

/** A site in Kathmandu (+05:45 all year, so the offset cannot come from the machine). */
function mockShell(): Calls {
  const picks: Calls['picks'] = [];
  const { sets, reads } = mockAppShell({
    text: TEXT,
    fields: [field('title', 'string'), field('image', 'image'), field('lastmod', 'date'), field('draft', 'bool')],
    overrides: {
      site_current: () => ({ root: '/sites/blog', title: '墨池', postCount: POSTS.length, timeZone: 'Asia/Kathmandu' }),
      // A new key goes in above `draft`, where the real edit puts a field the post lacks.
      fm_set: (a) => ({ text: (a.text ?? '').replace(/^draft: true$/mu, `${a.key}: ${JSON.stringify(a.value)}\ndraft: true`) }),
      image_choose: (a) => {
        picks.push({ path: a.path ?? '', slug: a.slug ?? null });
        return { value: '/images/posts/ink.webp', path: 'static/images/posts/ink.webp', reused: false };
      },
      new_post_choices: () => ({
        sections: ['posts'],
        defaultSection: 'posts',
        languages: [{ code: 'zh-tw', name: null }],
        defaultLanguage: 'zh-tw',
        series: [],
        fileName: '{date:%Y%m%d}-{slug}.md',
        timeZone: 'Asia/Kathmandu',
      }),
      new_post_plan: () => ({ path: NEW_PATH, slug: 'ink', text: '---\ntitle: "Ink"\n---\n', archetype: null }),
      new_post_create: () => ({ plan: { path: NEW_PATH, slug: 'ink', text: '', archetype: null }, summary: post({ path: NEW_PATH, title: 'Ink', draft: true }) }),
    },
  });
  mockConvertFileSrc('linux');
  return { sets, reads, picks };
}

afterEach(closeApp);

describe('the writing desk', () => {
  it("gives a new date field the site's time zone offset", async () => {
    const { sets } = mockShell();
    await openFirstPost();
    await fireEvent.change(screen.getByTestId('meta-add-field'), { target: { value: 'lastmod' } });
    await waitFor(() => expect(sets.find((s) => s.key === 'lastmod')).toBeTruthy());
    expect(String(sets.find((s) => s.key === 'lastmod')?.value)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:45$/u);
  });

  it('shows the image as a thumbnail and sets the field to the copied image', async () => {
    const { sets, picks } = mockShell();
    await openFirstPost();
    const thumb = await screen.findByTestId('meta-image-thumb');
    expect(decodeURIComponent(thumb.getAttribute('src') ?? '')).toContain('static/images/posts/yan-tai.webp');
    await fireEvent.click(screen.getByTestId('meta-image-choose'));
    await waitFor(() => expect(sets).toContainEqual({ key: 'image', value: '/images/posts/ink.webp' }));
    expect(picks[0].path).toBe(POSTS[0].path);
    expect(screen.getByTestId('meta-image-notice').textContent).toContain('static/images/posts/ink.webp');
  });

  it('says so when the image file does not exist', async () => {
    mockShell();
    await openFirstPost();
    const thumb = await screen.findByTestId('meta-image-thumb');
    await fireEvent.error(thumb);
    expect((await screen.findByTestId('meta-image-missing')).textContent).toContain('static/images/posts/yan-tai.webp');
  });

  it('Ctrl+N makes a new post that opens in a tab and joins the list', async () => {
    const { reads } = mockShell();
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('post-item')).toHaveLength(3));
    await fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    await fireEvent.input(await screen.findByTestId('new-post-title'), { target: { value: 'Ink' } });
    await waitFor(() => expect(screen.getByTestId('new-post-file').dataset.path).toBe(NEW_PATH));
    await fireEvent.click(screen.getByTestId('new-post-create'));
    await waitFor(() => expect(reads).toContain(NEW_PATH));
    await waitFor(() => expect(screen.getAllByTestId('post-item')).toHaveLength(4));
  });
});
