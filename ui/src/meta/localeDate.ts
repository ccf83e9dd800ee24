// Calendar dates shown and typed in the UI language's own order, not the system's; pure, so the
// date field and its calendar are tested without a browser's date input.

/** `YYYY-MM-DD`, the form front matter keeps. */
export type IsoDay = string;

type Part = 'year' | 'month' | 'day';

export interface DayPattern {
  /** The order the locale writes the parts in. */
  order: Part[];
  /** What the locale puts between parts (`/`), for formatting. */
  separator: string;
  /** A hint such as `MM/DD/YYYY` or `YYYY/MM/DD`. */
  hint: string;
}

const SAMPLE = new Date(Date.UTC(2033, 10, 22));
const patterns = new Map<string, DayPattern>();

/** The locale's numeric date layout, read from Intl (en → month/day/year; zh-TW → year/month/day). */
export function dayPattern(locale: string): DayPattern {
  let pattern = patterns.get(locale);
  if (pattern) return pattern;
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).formatToParts(SAMPLE);
  const order = parts.map((p) => p.type).filter((type): type is Part => type === 'year' || type === 'month' || type === 'day');
  const separator = parts.find((p) => p.type === 'literal')?.value ?? '/';
  const names: Record<Part, string> = { year: 'YYYY', month: 'MM', day: 'DD' };
  pattern = { order, separator, hint: order.map((p) => names[p]).join(separator) };
  patterns.set(locale, pattern);
  return pattern;
}

function isoParts(iso: IsoDay): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDay(year, month, day) ? { year, month, day } : null;
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function toIso(year: number, month: number, day: number): IsoDay {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `2026-02-06` as the locale writes it with digits: `02/06/2026` (en), `2026/02/06` (zh-TW). */
export function formatDay(iso: IsoDay, locale: string): string {
  const parts = isoParts(iso);
  if (parts === null) return iso;
  const { order, separator } = dayPattern(locale);
  return order.map((p) => (p === 'year' ? pad(parts.year, 4) : pad(parts[p]))).join(separator);
}

/**
 * What the writer typed, in the locale's order with any separators (`/`, `-`, `.`, spaces,
 * 年月日), or as ISO `YYYY-MM-DD` in any locale; null when it is not a real day.
 */
export function parseDay(text: string, locale: string): IsoDay | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(trimmed);
  const numbers = iso ? [iso[1], iso[2], iso[3]] : trimmed.split(/[^\d]+/u).filter((s) => s !== '');
  if (numbers.length !== 3) return null;
  const order: Part[] = iso || numbers[0].length === 4 ? ['year', 'month', 'day'] : dayPattern(locale).order;
  const value: Record<Part, number> = { year: 0, month: 0, day: 0 };
  order.forEach((part, i) => (value[part] = Number(numbers[i])));
  const yearText = numbers[order.indexOf('year')];
  if (yearText.length !== 4) return null;
  return isRealDay(value.year, value.month, value.day) ? toIso(value.year, value.month, value.day) : null;
}

/** Today on the machine's calendar, where a calendar opens when no day is set yet. */
export function todayIso(): IsoDay {
  const now = new Date();
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The day `days` after `iso` (negative: before). */
export function addDays(iso: IsoDay, days: number): IsoDay {
  const p = isoParts(iso);
  if (p === null) return iso;
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The same day `months` later, kept inside the month (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(iso: IsoDay, months: number): IsoDay {
  const p = isoParts(iso);
  if (p === null) return iso;
  const first = new Date(Date.UTC(p.year, p.month - 1 + months, 1));
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return toIso(year, month, Math.min(p.day, last));
}

/** Day of the week, 0 = Sunday. */
function weekday(iso: IsoDay): number {
  const p = isoParts(iso);
  return p === null ? 0 : new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

/** Where a calendar key moves the focused day; null for keys the grid does not handle. */
export function moveDay(iso: IsoDay, key: string, shift = false): IsoDay | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(iso, -1);
    case 'ArrowRight':
      return addDays(iso, 1);
    case 'ArrowUp':
      return addDays(iso, -7);
    case 'ArrowDown':
      return addDays(iso, 7);
    case 'PageUp':
      return addMonths(iso, shift ? -12 : -1);
    case 'PageDown':
      return addMonths(iso, shift ? 12 : 1);
    case 'Home':
      return addDays(iso, -weekday(iso));
    case 'End':
      return addDays(iso, 6 - weekday(iso));
    default:
      return null;
  }
}

/** The weeks (Sunday first, as in en-US and zh-TW) of the month holding `iso`; days of other months are null. */
export function monthWeeks(iso: IsoDay): (IsoDay | null)[][] {
  const p = isoParts(iso);
  if (p === null) return [];
  const first = toIso(p.year, p.month, 1);
  const days = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  const cells: (IsoDay | null)[] = Array.from({ length: weekday(first) }, () => null);
  for (let day = 1; day <= days; day++) cells.push(toIso(p.year, p.month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (IsoDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The month's title in the locale: `February 2026`, `2026年2月`. */
export function monthTitle(iso: IsoDay, locale: string): string {
  const p = isoParts(iso);
  if (p === null) return iso;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(p.year, p.month - 1, 1)));
}

/** Short and long weekday names from Sunday, in the locale. */
export function weekdayNames(locale: string): { short: string[]; long: string[] } {
  // 2033-11-20 is a Sunday.
  const days = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2033, 10, 20 + i)));
  const name = (weekday: 'short' | 'long') => days.map((d) => new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' }).format(d));
  return { short: name('short'), long: name('long') };
}

/** A day spelled out for screen readers: `Friday, February 6, 2026`, `2026年2月6日 星期五`. */
export function spokenDay(iso: IsoDay, locale: string): string {
  const p = isoParts(iso);
  if (p === null) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(p.year, p.month - 1, p.day)));
}

/** A typed time of day, `9:05`, `09:05:30`, `21:00:00.5`, as `HH:MM[:SS[.f]]`; null when it is not one. */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/u.exec(text.trim());
  if (!m) return null;
  const [hours, minutes, seconds] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  if (hours > 23 || minutes > 59 || (seconds !== null && seconds > 59)) return null;
  return `${pad(hours)}:${m[2]}${m[3] === undefined ? '' : `:${m[3]}${m[4] ?? ''}`}`;
}
