import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import ImageListInput from './ImageListInput.svelte';

const POST = 'content/posts/20260206-hello.md';
const ITEMS = ['/images/posts/hello.webp', '/images/posts/hello-2.webp'];

function renderList(items = ITEMS) {
  const onChange = vi.fn();
  const asked: unknown[] = [];
  mockIPC((cmd, args) => {
    if (cmd === 'image_choose') {
      asked.push(args);
      return { value: '/images/posts/hello-3.webp', path: 'static/images/posts/hello-3.webp', reused: false };
    }
    throw new Error(`unexpected command ${cmd}`);
  });
  render(ImageListInput, { name: 'images', items, id: 'f-images', describedBy: 'f-images-help', postPath: POST, slug: null, onChange });
  return { onChange, asked };
}

afterEach(() => {
  cleanup();
  clearMocks();
});

describe('ImageListInput', () => {
  it('lists each image with a thumbnail', () => {
    renderList();
    const rows = screen.getAllByTestId('meta-images-item');
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining(ITEMS[0]), expect.stringContaining(ITEMS[1])]);
  });

  it('adds a picked image at the end through the same picker and copy as the image field', async () => {
    const { onChange, asked } = renderList();
    await fireEvent.click(screen.getByTestId('meta-images-add'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith([...ITEMS, '/images/posts/hello-3.webp']));
    expect(asked).toEqual([expect.objectContaining({ path: POST, slug: null })]);
    expect(screen.getByTestId('meta-images-notice').textContent).toContain('static/images/posts/hello-3.webp');
  });

  it('reorders with Alt+Up and Alt+Down on an item, and removes with Delete', async () => {
    const { onChange } = renderList();
    const [first, second] = screen.getAllByTestId('meta-images-item');
    await fireEvent.keyDown(second, { key: 'ArrowUp', altKey: true });
    expect(onChange).toHaveBeenLastCalledWith([ITEMS[1], ITEMS[0]]);
    await fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    expect(onChange).toHaveBeenLastCalledWith([ITEMS[1], ITEMS[0]]);
    await fireEvent.keyDown(first, { key: 'Delete' });
    expect(onChange).toHaveBeenLastCalledWith([ITEMS[1]]);
  });

  it('removes with the item button', async () => {
    const { onChange } = renderList();
    await fireEvent.click(screen.getAllByTestId('meta-images-remove')[1]);
    expect(onChange).toHaveBeenLastCalledWith([ITEMS[0]]);
  });
});
