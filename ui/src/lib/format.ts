// Money and times as people read them, the same way the Rust side and the PDFs
// write them.
import type { Lang } from '../i18n/messages';

const NBSP = '\u00a0';

/** The locale whose calendar conventions each language follows (day before month). */
const DATE_LOCALES: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date formatter for `lang` with `options`, made once and then reused: building one
 * loads the locale's calendar data, and every ticket card and screen formats dates, so
 * making a new one each time left megabytes for the collector on every screen.
 */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[lang], options);
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * An amount in tiyn (1 ₸ = 100 tiyn) for people: `12 345 ₸` in Kazakh and Russian,
 * `12,345 ₸` in English; tiyn only when the amount has them (`12 345,50 ₸`).
 */
export function formatMoney(tiyn: number, lang: Lang): string {
  const [group, decimal] = lang === 'en' ? [',', '.'] : [NBSP, ','];
  const abs = Math.abs(Math.trunc(tiyn));
  const whole = Math.floor(abs / 100).toString();
  const cents = abs % 100;
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += group;
    grouped += whole[i];
  }
  const sign = tiyn < 0 ? '−' : '';
  const fraction = cents === 0 ? '' : decimal + cents.toString().padStart(2, '0');
  return `${sign}${grouped}${fraction}${NBSP}₸`;
}

/** A departure or arrival in the local time of its station. */
export interface LocalTime {
  /** The date in the UI's language, e.g. `1 Dec 2026`. */
  date: string;
  /** The wall-clock time, 24-hour: `21:40`. */
  time: string;
  /** The UTC offset in force then: `UTC+05:00`. */
  offset: string;
  /** The IANA zone of the station: `Asia/Almaty`. */
  zone: string;
  /** The instant for a `<time datetime>` attribute (ISO 8601 with the local offset). */
  iso: string;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})/;

/**
 * Shows an instant in the local time of its place. The wall-clock time comes from the
 * Rust side (`local`, `YYYY-MM-DD HH:MM`, computed with an up-to-date zone database),
 * and the offset is the difference between that wall-clock time and the UTC instant:
 * the web view's own time-zone data, which may be older, is never consulted.
 */
export function formatLocalTime(utc: string, local: string, zone: string, lang: Lang): LocalTime {
  const match = LOCAL_PATTERN.exec(local);
  const instant = Date.parse(utc);
  if (!match || Number.isNaN(instant)) {
    return { date: local, time: '', offset: '', zone, iso: utc };
  }
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const wall = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  const offsetMinutes = Math.round((wall - instant) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hhmm = `${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  // The wall-clock date, formatted as if it were UTC so no zone data is needed.
  const date = dateFormat(lang, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(wall);
  return {
    date,
    time: `${pad(hour!)}:${pad(minute!)}`,
    offset: `UTC${sign}${hhmm}`,
    zone,
    iso: `${year}-${pad(month!)}-${pad(day!)}T${pad(hour!)}:${pad(minute!)}${sign}${hhmm}`,
  };
}

function pad(n: number): string {
  return n.toString().padStart(2, '0');
}
