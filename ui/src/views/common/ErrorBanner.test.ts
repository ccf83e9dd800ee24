import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import type { AppError } from '../../ipc/bindings/AppError';
import ErrorBanner from './ErrorBanner.svelte';

const error = (fields: Partial<AppError>): AppError => ({
  code: 'unexpected',
  message: 'm',
  path: null,
  line: null,
  column: null,
  ...fields,
});

afterEach(() => cleanup());

describe('ErrorBanner', () => {
  it('offers Open Site… when the folder is not a Hugo site', async () => {
    const onOpenSite = vi.fn();
    render(ErrorBanner, {
      error: error({ code: 'site-no-config', message: '/tmp/x: no Hugo site config here: add hugo.toml', path: '/tmp/x' }),
      onOpenSite,
    });
    expect(screen.getByRole('alert').textContent).toContain('This folder is not a Hugo site');
    expect(screen.getByRole('alert').textContent).toContain('add hugo.toml');
    await fireEvent.click(screen.getByRole('button', { name: 'Open Site…' }));
    expect(onOpenSite).toHaveBeenCalledOnce();
  });

  it('points at the line of a config syntax error and does not offer another site', () => {
    render(ErrorBanner, {
      error: error({ code: 'config-syntax', message: 'not valid TOML: fix the syntax at that line', path: 'hugo.toml', line: 3, column: 7 }),
      onOpenSite: vi.fn(),
    });
    expect(screen.getByRole('alert').dataset.code).toBe('config-syntax');
    expect(screen.getByText('hugo.toml:3:7')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open Site…' })).toBeNull();
  });

  it('can be dismissed', async () => {
    const onDismiss = vi.fn();
    render(ErrorBanner, { error: error({}), onDismiss });
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
