// The quick picker: typing filters, the arrows move, Enter picks, Escape closes, and every opening starts empty.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { POSTS } from '../../test/posts';
import QuickOpen from './QuickOpen.svelte';

afterEach(() => cleanup());

function renderPicker(open = true) {
  const onPick = vi.fn();
  const onClose = vi.fn();
  const view = render(QuickOpen, { posts: POSTS, open, onPick, onClose });
  return { ...view, onPick, onClose };
}

const options = () => screen.getAllByRole('option').map((li) => li.getAttribute('aria-selected'));

describe('QuickOpen', () => {
  it('opens as the shared modal, named for a screen reader, with the focus in its field', async () => {
    renderPicker();
    const dialog = screen.getByTestId('quick-open') as HTMLDialogElement;
    await waitFor(() => expect(dialog.open).toBe(true));
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Open a post');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('quick-open-input')));
  });

  it('moves the choice with the arrows, wrapping around, and Enter picks it', async () => {
    const { onPick } = renderPicker();
    const input = screen.getByTestId('quick-open-input');
    expect(options()).toEqual(['true', 'false', 'false']);
    await fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(options()).toEqual(['false', 'false', 'true']);
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(options()).toEqual(['false', 'true', 'false']);
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledTimes(1);
  });

  it('filters as the writer types and says when nothing matches', async () => {
    const { onPick } = renderPicker();
    const input = screen.getByTestId('quick-open-input');
    await fireEvent.input(input, { target: { value: 'hello' } });
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick.mock.calls[0][0].path).toBe('content/notes/hello.en.md');
    await fireEvent.input(input, { target: { value: 'zzz' } });
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(screen.getByText('No post matches.')).toBeTruthy();
  });

  it('closes on Escape', async () => {
    const { onClose } = renderPicker();
    await fireEvent.keyDown(screen.getByTestId('quick-open-input'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('starts from an empty query each time it opens', async () => {
    const { rerender } = renderPicker();
    await fireEvent.input(screen.getByTestId('quick-open-input'), { target: { value: 'hello' } });
    await rerender({ open: false });
    await rerender({ open: true });
    await waitFor(() => expect((screen.getByTestId('quick-open-input') as HTMLInputElement).value).toBe(''));
    expect(screen.getAllByRole('option')).toHaveLength(3);
  });
});
