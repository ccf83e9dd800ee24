import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { i18n } from '../../i18n/index.svelte';
import DayField from './DayField.svelte';

afterEach(() => {
  cleanup();
  i18n.locale = 'en';
});

describe('DayField', () => {
  it('shows and reads days in the UI language order, and ISO days too', async () => {
    i18n.locale = 'zh-TW';
    const onChange = vi.fn();
    render(DayField, { value: '2024-05-08', testid: 'from', label: '起', onChange });
    const input = screen.getByTestId('from') as HTMLInputElement;
    expect(input.value).toBe('2024/05/08');
    await fireEvent.change(input, { target: { value: '2024/5/9' } });
    expect(onChange).toHaveBeenLastCalledWith('2024-05-09');
    await fireEvent.change(input, { target: { value: '2024-05-10' } });
    expect(onChange).toHaveBeenLastCalledWith('2024-05-10');
    i18n.locale = 'en';
    await tick();
    expect(input.value).toBe('05/08/2024');
  });

  it('clears with an empty field and flags text that is not a day', async () => {
    const onChange = vi.fn();
    render(DayField, { value: '2024-05-08', testid: 'from', label: 'From', onChange });
    const input = screen.getByTestId('from') as HTMLInputElement;
    await fireEvent.change(input, { target: { value: 'soon' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await fireEvent.change(input, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});
