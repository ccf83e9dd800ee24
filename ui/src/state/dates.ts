// How a post's front matter date is shown in the list: the writer's calendar day, in the reader's locale.

const DAY = /^(\d{4})-(\d{2})-(\d{2})/u;

// Building an Intl.DateTimeFormat costs far more than using one; a 10,000-post list formats 10,000 dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats the calendar date of `date` (as written in front matter: `2026-02-06`,
 * `2026-02-06T09:00:00+08:00`, …) for `locale`. The day is taken as written, not
 * converted to the machine's zone, so a post dated 00:30+08:00 never shows the day before.
 * Returns null for a missing date and the raw text for one that cannot be read.
 */
export function formatPostDate(date: string | null, locale?: string): string | null {
  if (date === null || date.trim() === '') return null;
  const match = DAY.exec(date.trim());
  if (match === null) return date;
  const [, year, month, day] = match;
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(utc.getTime())) return date;
  return formatterFor(locale).format(utc);
}
