import { describe, expect, it } from 'vitest';
import { dateFormat, formatLocalTime, formatMoney } from './format';

const NBSP = '\u00a0';

describe('money', () => {
  it('groups thousands with a space in Kazakh and Russian, a comma in English', () => {
    expect(formatMoney(1_234_500, 'ru')).toBe(`12${NBSP}345${NBSP}₸`);
    expect(formatMoney(1_234_500, 'kk')).toBe(`12${NBSP}345${NBSP}₸`);
    expect(formatMoney(1_234_500, 'en')).toBe(`12,345${NBSP}₸`);
  });

  it('shows tiyn only when the amount has them', () => {
    expect(formatMoney(1_234_550, 'ru')).toBe(`12${NBSP}345,50${NBSP}₸`);
    expect(formatMoney(1_234_505, 'en')).toBe(`12,345.05${NBSP}₸`);
    expect(formatMoney(23_600, 'ru')).toBe(`236${NBSP}₸`);
  });

  it('handles zero, millions and refunds', () => {
    expect(formatMoney(0, 'kk')).toBe(`0${NBSP}₸`);
    expect(formatMoney(100_000_000, 'en')).toBe(`1,000,000${NBSP}₸`);
    expect(formatMoney(-39_300, 'ru')).toBe(`−393${NBSP}₸`);
  });

  it('keeps every digit of any amount', () => {
    for (const tiyn of [1, 99, 100, 101, 999_999, 1_000_000, 123_456_789_012]) {
      const digits = formatMoney(tiyn, 'en').replace(/\D/g, '');
      const whole = Math.floor(tiyn / 100).toString();
      const cents = tiyn % 100;
      expect(digits).toBe(cents === 0 ? whole : whole + cents.toString().padStart(2, '0'));
    }
  });
});

describe('local departure time', () => {
  it('shows the wall-clock time and offset of the station', () => {
    const t = formatLocalTime('2026-12-01T16:40:00Z', '2026-12-01 21:40', 'Asia/Almaty', 'en');
    expect(t.time).toBe('21:40');
    expect(t.offset).toBe('UTC+05:00');
    expect(t.zone).toBe('Asia/Almaty');
    expect(t.date).toBe('1 Dec 2026');
    expect(t.iso).toBe('2026-12-01T21:40+05:00');
  });

  it('takes the offset from the instant, as it was on that day', () => {
    // Almaty was UTC+6 until 1 March 2024.
    const t = formatLocalTime('2024-02-28T06:00:00Z', '2024-02-28 12:00', 'Asia/Almaty', 'ru');
    expect(t.time).toBe('12:00');
    expect(t.offset).toBe('UTC+06:00');
  });

  it('handles a departure whose local date is a day after its UTC date', () => {
    const t = formatLocalTime('2026-12-31T20:30:00Z', '2027-01-01 01:30', 'Asia/Aqtobe', 'en');
    expect(t.date).toBe('1 Jan 2027');
    expect(t.offset).toBe('UTC+05:00');
  });

  it('handles offsets west of Greenwich', () => {
    const t = formatLocalTime('2026-07-01T12:00:00Z', '2026-07-01 08:00', 'America/New_York', 'en');
    expect(t.offset).toBe('UTC-04:00');
  });

  it('writes the date in the language of the UI', () => {
    const at = (lang: 'kk' | 'ru' | 'en') =>
      formatLocalTime('2026-12-01T16:40:00Z', '2026-12-01 21:40', 'Asia/Almaty', lang).date;
    expect(at('ru')).toMatch(/дек/);
    expect(at('kk')).toMatch(/жел/);
    expect(at('en')).toMatch(/Dec/);
  });

  it('shows a malformed time as it came rather than failing', () => {
    const t = formatLocalTime('garbage', 'soon', 'Asia/Almaty', 'en');
    expect(t.date).toBe('soon');
    expect(t.time).toBe('');
  });
});

describe('date formatters', () => {
  it('are made once per language and options, and then reused', () => {
    const options = { day: 'numeric', month: 'short', timeZone: 'UTC' } as const;
    const ru = dateFormat('ru', options);
    expect(dateFormat('ru', { ...options })).toBe(ru);
    expect(dateFormat('en', options)).not.toBe(ru);
    expect(dateFormat('ru', { ...options, year: 'numeric' })).not.toBe(ru);
    expect(ru.format(Date.UTC(2026, 11, 1))).toBe('1 дек.');
  });
});
