// The shared modal: what a screen reader is told, where focus starts, stays and returns, and Escape.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import DialogHarness from '../../test/DialogHarness.svelte';
import { inRowOrder } from './buttonRow';

afterEach(() => cleanup());

async function openHarness(props: { cancellable?: boolean; onCancelled?: () => void; variant?: 'dialog' | 'picker' } = {}) {
  render(DialogHarness, props);
  const opener = screen.getByTestId('opener');
  opener.focus();
  await fireEvent.click(opener);
  const dialog = screen.getByTestId('harness') as HTMLDialogElement;
  await waitFor(() => expect(dialog.open).toBe(true));
  return { opener, dialog };
}

describe('Dialog', () => {
  it('is a labelled modal dialog whose focus starts on the control marked autofocus', async () => {
    const { dialog } = await openHarness();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-labelledby')).toBe('harness-title');
    expect(document.getElementById('harness-title')?.textContent).toBe('Harness');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('ok')));
  });

  it('puts a danger button apart at the start and the primary one last', async () => {
    await openHarness();
    const order = [...screen.getByTestId('harness').querySelectorAll('footer button')].map((b) => b.getAttribute('data-testid'));
    expect(order).toEqual(['discard', 'cancel', 'ok']);
  });

  it('keeps Tab inside: past the last control it wraps to the first, Shift+Tab the other way', async () => {
    await openHarness();
    const field = screen.getByTestId('field');
    const ok = screen.getByTestId('ok');
    ok.focus();
    await fireEvent.keyDown(ok, { key: 'Tab' });
    expect(document.activeElement).toBe(field);
    await fireEvent.keyDown(field, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(ok);
  });

  it('brings a focus that left the dialog back inside on Tab', async () => {
    const { opener } = await openHarness();
    opener.focus();
    await fireEvent.keyDown(screen.getByTestId('harness'), { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByTestId('field'));
  });

  it('cancels on Escape and gives the focus back to the opener', async () => {
    const onCancelled = vi.fn();
    const { opener, dialog } = await openHarness({ onCancelled });
    await fireEvent.keyDown(screen.getByTestId('field'), { key: 'Escape' });
    expect(onCancelled).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(dialog.open).toBe(false));
    expect(document.activeElement).toBe(opener);
  });

  it('gives the focus back to the opener when a button closes it', async () => {
    const { opener, dialog } = await openHarness();
    await fireEvent.click(screen.getByTestId('cancel'));
    await waitFor(() => expect(dialog.open).toBe(false));
    expect(document.activeElement).toBe(opener);
  });

  it("counts Escape once when the platform's cancel event follows the key", async () => {
    const onCancelled = vi.fn();
    const { dialog } = await openHarness({ onCancelled });
    await fireEvent.keyDown(screen.getByTestId('field'), { key: 'Escape' });
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(onCancelled).toHaveBeenCalledTimes(1);
  });

  it("cancels on the platform's own cancel event, which it never lets close the dialog by itself", async () => {
    const onCancelled = vi.fn();
    const { dialog } = await openHarness({ onCancelled });
    const event = new Event('cancel', { cancelable: true });
    dialog.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(onCancelled).toHaveBeenCalledTimes(1);
  });

  it('as a picker, is named by a title a screen reader reads and the eye does not see, and keeps focus and Escape', async () => {
    const onCancelled = vi.fn();
    const { opener, dialog } = await openHarness({ onCancelled, variant: 'picker' });
    expect(dialog.classList.contains('picker')).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('harness-title');
    const heading = document.getElementById('harness-title');
    expect(heading?.textContent).toBe('Harness');
    expect(heading?.classList.contains('visually-hidden')).toBe(true);
    expect(dialog.querySelector('header')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('ok')));
    await fireEvent.keyDown(screen.getByTestId('field'), { key: 'Escape' });
    expect(onCancelled).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(dialog.open).toBe(false));
    expect(document.activeElement).toBe(opener);
  });

  it('stays open on Escape when it gives no way to cancel', async () => {
    const { dialog } = await openHarness({ cancellable: false });
    await fireEvent.keyDown(screen.getByTestId('field'), { key: 'Escape' });
    expect(dialog.open).toBe(true);
    expect(screen.getByTestId('field')).toBeTruthy();
  });
});

describe('inRowOrder', () => {
  it('keeps the given order among secondary buttons, danger ones apart and primary ones last', () => {
    const order = inRowOrder([
      { label: 'a', kind: 'primary' },
      { label: 'b' },
      { label: 'c', kind: 'danger' },
      { label: 'd', kind: 'secondary' },
    ]);
    expect(order.apart.map((b) => b.label)).toEqual(['c']);
    expect(order.main.map((b) => b.label)).toEqual(['b', 'd', 'a']);
  });
});
