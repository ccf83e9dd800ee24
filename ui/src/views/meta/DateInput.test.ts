import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { i18n } from '../../i18n/index.svelte';
import DateInput from './DateInput.svelte';

const VALUE = '2026-02-06T09:00:00-05:00';

function renderDate(value = VALUE) {
  const onChange = vi.fn();
  render(DateInput, { name: 'date', value, id: 'f-date', describedBy: 'f-date-help', siteOffset: '+08:00', onChange });
  return { onChange, day: screen.getByTestId('meta-date-day') as HTMLInputElement, time: screen.getByTestId('meta-date-time') as HTMLInputElement };
}

afterEach(() => {
  cleanup();
  i18n.locale = 'en';
});

describe('DateInput', () => {
  it('shows the day in the UI language order, whatever the system locale', async () => {
    i18n.locale = 'en';
    const { day, time } = renderDate();
    expect(day.value).toBe('02/06/2026');
    expect(time.value).toBe('09:00:00');
    expect((screen.getByTestId('meta-date') as HTMLButtonElement).value).toBe('2026-02-06');
    i18n.locale = 'zh-TW';
    await tick();
    expect(day.value).toBe('2026/02/06');
  });

  it('takes a typed day in that order and keeps the time and offset as written', async () => {
    i18n.locale = 'zh-TW';
    const { day, onChange } = renderDate();
    await fireEvent.focus(day);
    await fireEvent.input(day, { target: { value: '2026/2/7' } });
    await fireEvent.blur(day);
    expect(onChange).toHaveBeenCalledWith('2026-02-07T09:00:00-05:00');
  });

  it('says how to type a day it cannot read, and changes nothing', async () => {
    const { day, onChange } = renderDate();
    await fireEvent.focus(day);
    await fireEvent.input(day, { target: { value: '31/02/2026' } });
    await fireEvent.blur(day);
    expect(onChange).not.toHaveBeenCalled();
    expect(day.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('MM/DD/YYYY');
  });

  it('takes a typed time, keeping the written seconds and offset', async () => {
    const { time, onChange } = renderDate();
    await fireEvent.focus(time);
    await fireEvent.input(time, { target: { value: '8:15' } });
    await fireEvent.keyDown(time, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('2026-02-06T08:15:00-05:00');
  });

  it('picks a day from the calendar by keyboard, named in the UI language', async () => {
    i18n.locale = 'zh-TW';
    const { onChange } = renderDate();
    await fireEvent.click(screen.getByTestId('meta-date'));
    const calendar = screen.getByTestId('calendar');
    expect(screen.getByTestId('calendar-title').textContent).toBe('2026年2月');
    await tick();
    const start = document.activeElement as HTMLElement;
    expect(start.dataset.day).toBe('2026-02-06');
    expect(start.getAttribute('aria-label')).toBe('2026年2月6日 星期五');
    await fireEvent.keyDown(start, { key: 'ArrowDown' });
    await tick();
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    await tick();
    expect((document.activeElement as HTMLElement).dataset.day).toBe('2026-02-14');
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('2026-02-14T09:00:00-05:00');
    expect(calendar.isConnected).toBe(false);
    expect(document.activeElement).toBe(screen.getByTestId('meta-date'));
  });

  it('closes the calendar on Escape without changing the date', async () => {
    const { onChange } = renderDate();
    await fireEvent.click(screen.getByTestId('meta-date'));
    await tick();
    await fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });
    expect(screen.queryByTestId('calendar')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('gives an empty date the day typed, and no time yet', async () => {
    const { day, onChange } = renderDate('');
    await fireEvent.focus(day);
    await fireEvent.input(day, { target: { value: '03/01/2026' } });
    await fireEvent.keyDown(day, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('2026-03-01');
  });
});
