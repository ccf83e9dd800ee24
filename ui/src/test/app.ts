// Opening and closing the whole App in tests that drive it through the shell stand-in.
import { expect } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import App from '../App.svelte';

/** Renders the App, waits for the three test posts and opens the first one's form. */
export async function openFirstPost(): Promise<void> {
  render(App);
  await waitFor(() => expect(screen.getAllByTestId('post-item')).toHaveLength(3));
  await fireEvent.click(screen.getAllByTestId('post-item')[0]);
  await waitFor(() => expect(screen.getByTestId('meta-title')).toBeTruthy());
}

/** Unmounts the App and forgets the shell, after one turn so late replies find no mock missing. */
export async function closeApp(): Promise<void> {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearMocks();
}
