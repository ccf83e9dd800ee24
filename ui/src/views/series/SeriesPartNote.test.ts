import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import { i18n } from '../../i18n/index.svelte';
import SeriesPartNote from './SeriesPartNote.svelte';

afterEach(() => {
  cleanup();
  i18n.locale = 'en';
});

describe('SeriesPartNote', () => {
  it('says which part of which series the open post is, in the UI language', () => {
    i18n.locale = 'en';
    render(SeriesPartNote, { parts: [{ name: 'Rust notes', part: 2, total: 3 }] });
    expect(screen.getByTestId('meta-series-part').textContent).toContain('Rust notesPart 2 of 3');
    cleanup();
    i18n.locale = 'zh-TW';
    render(SeriesPartNote, { parts: [{ name: '寫作工具', part: 2, total: 3 }] });
    expect(screen.getByTestId('meta-series-part').textContent).toContain('寫作工具第 2 篇，共 3 篇');
  });

  it('shows nothing for a post in no series', () => {
    render(SeriesPartNote, { parts: [] });
    expect(screen.queryByTestId('meta-series-part')).toBeNull();
  });
});
