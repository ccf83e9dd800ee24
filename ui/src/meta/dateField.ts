// Editing a front matter date by its parts while keeping the offset the writer wrote; never converted to UTC.

export interface DateParts {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM or HH:MM:SS (with fraction, if written); empty for a date-only value. */
  time: string;
  /** `T` or a space, as written. */
  separator: string;
  /** `+08:00`, `Z`, or empty (no offset written). */
  offset: string;
}

const PATTERN = /^(\d{4}-\d{2}-\d{2})(?:([T ])(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(\s*(?:Z|[+-]\d{2}:?\d{2}))?)?$/u;

export function parseDate(value: string): DateParts | null {
  const m = PATTERN.exec(value.trim());
  if (m === null) return null;
  return { date: m[1], separator: m[2] ?? 'T', time: m[3] ?? '', offset: m[4] ?? '' };
}

export function formatDate(parts: DateParts): string {
  return parts.time === '' ? parts.date : `${parts.date}${parts.separator}${parts.time}${parts.offset}`;
}

/** The value with a new calendar date; time and offset stay. */
export function withDate(value: string, date: string, fallbackOffset: string): string {
  const parts = parseDate(value) ?? { date, time: '', separator: 'T', offset: fallbackOffset };
  return formatDate({ ...parts, date });
}

/**
 * The value with a new time of day (`HH:MM` or `HH:MM:SS` from a time input); seconds the
 * writer wrote stay when the input drops them. A date-only value gains `fallbackOffset`.
 */
export function withTime(value: string, time: string, fallbackOffset: string): string {
  const parts = parseDate(value);
  if (parts === null) return value;
  if (time === '') return parts.date;
  const written = parts.time.slice(5);
  const next = time.length === 5 && written !== '' ? `${time}${written}` : time;
  const offset = parts.time === '' ? fallbackOffset : parts.offset;
  return formatDate({ ...parts, time: next, offset });
}

/** `+08:00` for a UTC offset in minutes east (e.g. 480). */
export function formatOffset(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const abs = Math.abs(minutesEast);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The offset of `timeZone` at `at` (`Asia/Taipei` → `+08:00`); the machine's own when the zone is unknown. */
export function offsetIn(timeZone: string | null, at: Date): string {
  if (timeZone) {
    try {
      const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
        .formatToParts(at)
        .find((part) => part.type === 'timeZoneName')?.value;
      const m = /GMT([+-]\d{2}):?(\d{2})?/u.exec(name ?? '');
      if (name === 'GMT') return '+00:00';
      if (m) return `${m[1]}:${m[2] ?? '00'}`;
    } catch {
      // An unknown zone name: fall through to the machine's offset.
    }
  }
  return formatOffset(-at.getTimezoneOffset());
}

/** A new date value for `at` as the wall clock reads in the zone with `offset`. */
export function newDateValue(at: Date, offset: string): string {
  const m = /^([+-])(\d{2}):(\d{2})$/u.exec(offset);
  const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const wall = new Date(at.getTime() + minutes * 60_000).toISOString();
  return `${wall.slice(0, 10)}T${wall.slice(11, 19)}${m ? offset : 'Z'}`;
}
