import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import NewPostDialog from './NewPostDialog.svelte';

const OPTIONS = {
  sections: ['notes', 'posts'],
  defaultSection: 'posts',
  languages: [
    { code: 'zh-tw', name: '繁體中文' },
    { code: 'en', name: 'English' },
  ],
  defaultLanguage: 'zh-tw',
  series: ['文房四寶'],
  fileName: '{date:%Y%m%d}-{slug}.md',
  timeZone: 'Asia/Taipei',
};

interface Request {
  title: string;
  slug: string | null;
  section: string | null;
  series: string | null;
  lang: string | null;
  defaults: Record<string, unknown>;
}

/** A shell that plans like the real one for ASCII titles and records every request. */
function mockShell(createError?: { code: string; message: string }) {
  const plans: Request[] = [];
  const creates: Request[] = [];
  mockIPC((cmd, args) => {
    const request = (args as { request?: Request }).request as Request;
    if (cmd === 'new_post_choices') return OPTIONS;
    const slug = request?.slug ?? request?.title.toLowerCase().replace(/[^a-z0-9]+/gu, '-');
    const plan = { path: `content/${request?.section}/20260206-${slug}.md`, slug, text: `---\ntitle: "${request?.title}"\n---\n`, archetype: 'archetypes/posts.md' };
    if (cmd === 'new_post_plan') {
      plans.push(request);
      return plan;
    }
    if (cmd === 'new_post_create') {
      creates.push(request);
      if (createError) throw createError;
      return { plan, summary: null };
    }
    return null;
  });
  return { plans, creates };
}

afterEach(() => {
  cleanup();
  clearMocks();
});

function renderDialog(onCreated = vi.fn(), onClose = vi.fn()) {
  render(NewPostDialog, { open: true, defaults: { author: 'Lin', categories: [] }, onCreated, onClose });
  return { onCreated, onClose };
}

const fileShown = () => screen.getByTestId('new-post-file').textContent;

describe('the new post dialog', () => {
  it('shows the file the title makes, with the pattern before there is a title', async () => {
    const { plans } = mockShell();
    renderDialog();
    // Before a title, the site's pattern with today's date and a gap for the slug.
    await waitFor(() => expect(fileShown()).toMatch(/^\d{8}-….md$/u));
    await fireEvent.input(screen.getByTestId('new-post-title'), { target: { value: 'Ink Stone' } });
    await waitFor(() => expect(fileShown()).toBe('content/posts/20260206-ink-stone.md'));
    expect((screen.getByTestId('new-post-slug') as HTMLInputElement).value).toBe('ink-stone');
    expect(plans[plans.length - 1]).toMatchObject({ title: 'Ink Stone', slug: null, section: 'posts', lang: 'zh-tw', defaults: { author: 'Lin' } });
  });

  it("sends the writer's slug once edited, and the picked section and series", async () => {
    const { plans } = mockShell();
    renderDialog();
    await waitFor(() => expect(screen.getByTestId('new-post-section')).toHaveProperty('value', 'posts'));
    await fireEvent.input(screen.getByTestId('new-post-title'), { target: { value: 'Ink Stone' } });
    await fireEvent.input(screen.getByTestId('new-post-slug'), { target: { value: 'my-stone' } });
    await fireEvent.change(screen.getByTestId('new-post-section'), { target: { value: 'notes' } });
    await fireEvent.change(screen.getByTestId('new-post-series'), { target: { value: '文房四寶' } });
    await waitFor(() => expect(fileShown()).toBe('content/notes/20260206-my-stone.md'));
    expect(plans[plans.length - 1]).toMatchObject({ slug: 'my-stone', section: 'notes', series: '文房四寶' });
    // The title no longer moves the slug.
    await fireEvent.input(screen.getByTestId('new-post-title'), { target: { value: 'Another' } });
    await waitFor(() => expect(plans[plans.length - 1]?.title).toBe('Another'));
    expect((screen.getByTestId('new-post-slug') as HTMLInputElement).value).toBe('my-stone');
  });

  it('creates the post and hands it over', async () => {
    const { creates } = mockShell();
    const { onCreated } = renderDialog();
    await waitFor(() => expect(screen.getByTestId('new-post-section')).toHaveProperty('value', 'posts'));
    await fireEvent.input(screen.getByTestId('new-post-title'), { target: { value: 'Ink Stone' } });
    await fireEvent.click(screen.getByTestId('new-post-create'));
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(creates).toHaveLength(1);
    expect(onCreated.mock.calls[0][0].plan.path).toBe('content/posts/20260206-ink-stone.md');
  });

  it('shows why the post could not be made, in the dialog', async () => {
    mockShell({ code: 'new-post-exists', message: 'content/posts/20260206-ink-stone.md: already exists: choose another slug or title' });
    const { onCreated } = renderDialog();
    await waitFor(() => expect(screen.getByTestId('new-post-section')).toHaveProperty('value', 'posts'));
    await fireEvent.input(screen.getByTestId('new-post-title'), { target: { value: 'Ink Stone' } });
    await fireEvent.click(screen.getByTestId('new-post-create'));
    const error = await screen.findByTestId('new-post-error');
    expect(error.dataset.code).toBe('new-post-exists');
    expect(error.textContent).toContain('choose another slug');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('cannot create without a title, and Escape closes', async () => {
    mockShell();
    const { onClose } = renderDialog();
    await waitFor(() => expect(screen.getByTestId('new-post-section')).toHaveProperty('value', 'posts'));
    expect(screen.getByTestId('new-post-create')).toHaveProperty('disabled', true);
    await fireEvent(screen.getByTestId('new-post'), new Event('cancel'));
    expect(onClose).toHaveBeenCalled();
  });
});
