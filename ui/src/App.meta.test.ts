import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { mockConvertFileSrc } from '@tauri-apps/api/mocks';
import { POSTS } from './test/posts';
import { closeApp, openFirstPost } from './test/app';
import { field, mockShell as mockAppShell } from './test/shell';

const TEXT = '---\ntitle: 舊標題\ndate: 2026-02-06T09:00:00+08:00\ntags: [AI]\ndraft: true\n---\n\n正文\n';
const links: Array<{ fromPath: string; href: string }> = [];

function mockShell() {
  links.length = 0;
  return mockAppShell({
    text: TEXT,
    fields: [field('title', 'string', { max_length: 60 }), field('date', 'date'), field('draft', 'bool'), field('tags', 'list'), field('description', 'text')],
    overrides: {
      preview_render: (a) => ({
        html: '<p data-line="8">正文 <a href="/posts/hello/">hello</a> <img src="/images/x.webp"></p>',
        diagnostics: [{ path: a.path ?? '', line: 2, column: 8, severity: 'warning', code: 'title-short', message: 'title is short', hint: '' }],
        render_micros: 0,
      }),
      link_open: (a) => {
        links.push({ fromPath: a.fromPath ?? '', href: a.href ?? '' });
        return { kind: 'post', path: 'content/notes/hello.en.md' };
      },
      field_values: () => [
        { value: 'AI', count: 3 },
        { value: 'Rust', count: 2 },
      ],
    },
  }).sets;
}

afterEach(closeApp);

describe('metadata form', () => {
  it('shows the post fields in file order with their values, the rest under Add field', async () => {
    mockShell();
    await openFirstPost();
    const form = screen.getByTestId('meta-form');
    const names = [...form.querySelectorAll('[data-field]')].map((row) => row.getAttribute('data-field'));
    expect(names).toEqual(['title', 'date', 'tags', 'draft']);
    expect((screen.getByTestId('meta-title') as HTMLInputElement).value).toBe('舊標題');
    expect((screen.getByTestId('meta-date') as HTMLInputElement).value).toBe('2026-02-06');
    expect((screen.getByTestId('meta-draft') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('meta-title-count').textContent?.trim()).toBe('3 / 60');
    const options = [...screen.getByTestId('meta-add-field').querySelectorAll('option')].map((o) => o.value);
    expect(options).toEqual(['', 'description']);
  });

  it('shows a diagnostic at the field whose line it is on', async () => {
    mockShell();
    await openFirstPost();
    await waitFor(() => expect(screen.getAllByTestId('meta-problem')).toHaveLength(1));
    expect(screen.getByTestId('meta-problem').closest('[data-field]')?.getAttribute('data-field')).toBe('title');
  });

  it('marks the diagnostic in the gutter and underlines it; a click in the panel jumps there', async () => {
    mockShell();
    await openFirstPost();
    const editor = screen.getByTestId('editor');
    await waitFor(() => expect(editor.querySelector('.cm-lintRange-warning')?.textContent).toBe('舊標題'));
    expect(editor.querySelector('.cm-lint-marker-warning')).toBeTruthy();
    const item = screen.getByTestId('diagnostic');
    expect(item.dataset.line).toBe('2');
    await fireEvent.click(item.querySelector('button') as HTMLButtonElement);
    expect(editor.querySelector('.cm-activeLine')?.textContent).toBe('title: 舊標題');
  });

  it('shows site images through the scoped protocol and opens a clicked internal link as a post', async () => {
    mockShell();
    mockConvertFileSrc('linux');
    await openFirstPost();
    const frame = screen.getByTestId('preview').querySelector('iframe') as HTMLIFrameElement;
    await waitFor(() => expect(frame.contentDocument?.querySelector('img')?.getAttribute('data-src')).toBe('/images/x.webp'));
    expect(frame.contentDocument?.querySelector('img')?.getAttribute('src')).toBe('inkstone-site://localhost/static%2Fimages%2Fx.webp');
    (frame.contentDocument?.querySelector('a') as HTMLAnchorElement).click();
    await waitFor(() => expect(links).toEqual([{ fromPath: POSTS[0].path, href: '/posts/hello/' }]));
    await waitFor(() => expect(screen.getByTestId('editor').dataset.path).toBe('content/notes/hello.en.md'));
  });

  it('editing the title changes that line of the buffer only', async () => {
    const sets = mockShell();
    await openFirstPost();
    const input = screen.getByTestId('meta-title') as HTMLInputElement;
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: '新標題' } });
    await fireEvent.blur(input);
    await waitFor(() => expect(sets).toEqual([{ key: 'title', value: '新標題' }]));
    await waitFor(() => expect(screen.getByTestId('editor').textContent).toContain('title: 新標題'));
    expect(screen.getByTestId('editor').textContent).toContain('date: 2026-02-06T09:00:00+08:00');
    expect(screen.getByTestId('save-status').dataset.state).toBe('dirty');
  });

  it('heads the open post with the title in its buffer, not the one on disk, and its path once', async () => {
    mockShell();
    await openFirstPost();
    const header = screen.getByTestId('post-header');
    await waitFor(() => expect(screen.getByTestId('post-header-title').textContent).toBe('舊標題'));
    const input = screen.getByTestId('meta-title') as HTMLInputElement;
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: '新標題' } });
    await fireEvent.blur(input);
    await waitFor(() => expect(screen.getByTestId('post-header-title').textContent).toBe('新標題'));
    expect(screen.getByTestId('tab').querySelector('[role="tab"]')?.textContent).toContain('新標題');
    expect(document.title.startsWith('• 新標題 — ')).toBe(true);
    expect(header.textContent?.split(POSTS[0].path)).toHaveLength(2);
  });

  it('adds a tag picked from the autocomplete with the keyboard', async () => {
    const sets = mockShell();
    await openFirstPost();
    const input = screen.getByTestId('meta-tags');
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: 'ru' } });
    await waitFor(() => {
      const offered = document.querySelectorAll('#meta-field-tags-options [role=option]');
      expect([...offered].map((o) => o.textContent)).toEqual(['Rust2']);
    });
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    await fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(sets).toEqual([{ key: 'tags', value: ['AI', 'Rust'] }]));
  });

  it('toggling draft sets false', async () => {
    const sets = mockShell();
    await openFirstPost();
    await fireEvent.click(screen.getByTestId('meta-draft'));
    await waitFor(() => expect(sets).toEqual([{ key: 'draft', value: false }]));
  });
});
