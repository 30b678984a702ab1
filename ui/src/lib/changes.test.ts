import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages';
import type { Booking, Change, OutboxEntry, SyncReport, Ticket } from './bindings';
import {
  carrierFormProblems,
  carrierName,
  changeText,
  exchangeTargetOf,
  explainError,
  formatInstant,
  reportLines,
  ticketAfterExchange,
  tierText,
} from './changes';
import { formatMoney } from './format';
import { row } from '../testing/fixtures';

const NBSP = '\u00a0';
const en = messages('en');
const t = (id: string, args?: Record<string, string | number>) => en.format(id, args);
const has = (id: string) => en.has(id);
/** Text with its no-break spaces made plain, to compare with what a person reads. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const place = (code: string) => ({ RALM2: 'Almaty-2', RASTNZ: 'Astana Nurly Zhol' })[code] ?? code;

function entry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id: 'ob-1',
    kind: 'refund',
    carrier: 'KTZ',
    booking_reference: 'KTZ7Q2',
    tickets: ['70012345678901'],
    accepted_tiyn: 900_000,
    estimate: true,
    offer_id: null,
    offer_tiyn: null,
    offer_key: 'k1',
    accept_key: 'k2',
    state: 'queued',
    attempts: 1,
    last_error: 'offline: connection refused',
    result_tiyn: null,
    created_at: '2026-11-25T08:00:00Z',
    updated_at: '2026-11-25T08:00:00Z',
    ...overrides,
  };
}

function emptyReport(overrides: Partial<SyncReport> = {}): SyncReport {
  return { purchases: [], outbox: [], carriers: [], changes: [], ...overrides };
}

describe('instants and names', () => {
  it('shows an instant as a date and a 24-hour time', () => {
    expect(formatInstant('2026-12-01T16:40:00Z', 'en', { timeZone: 'UTC' })).toBe(
      '1 Dec 2026, 16:40',
    );
    expect(
      formatInstant('2026-12-01T16:40:00Z', 'ru', { timeZone: 'UTC', dateOnly: true }),
    ).toMatch(/^1 дек\.? 2026/);
    expect(formatInstant('not a time', 'en')).toBe('not a time');
  });

  it('names a carrier in the UI language, or by its code', () => {
    const ktz = {
      code: 'KTZ',
      names: ['Қазақстан темір жолы', 'Казахстанские железные дороги', 'Kazakhstan Temir Zholy'],
    } as const;
    const names = ktz.names as unknown as [string, string, string];
    expect(carrierName({ code: 'KTZ', names }, 'kk')).toBe('Қазақстан темір жолы');
    expect(carrierName({ code: 'KTZ', names }, 'en')).toBe('Kazakhstan Temir Zholy');
    expect(carrierName({ code: 'XY', names: ['', '', ''] }, 'ru')).toBe('XY');
  });
});

describe('what a sync changed, in words', () => {
  const delay: Change = {
    change: 'delay',
    carrier: 'KTZ',
    reference: 'KTZ7Q2',
    trip_number: '002Ц',
    from_code: 'RALM2',
    to_code: 'RASTNZ',
    departure_utc: '2026-12-01T06:40:00Z',
    delay_minutes: 35,
    previous_minutes: 0,
  };

  it('tells a delay, and a trip on time again', () => {
    expect(changeText(delay, t, 'en', place)).toBe(
      'KTZ7Q2: 002Ц from Almaty-2 on 1 Dec 2026 is delayed by 35 min.',
    );
    expect(changeText({ ...delay, delay_minutes: 0 }, t, 'en', place)).toContain(
      'runs on time again',
    );
  });

  it('tells a platform announced or moved, a cancelled ticket, new keys', () => {
    const platform: Change = {
      change: 'platform',
      carrier: 'KTZ',
      reference: 'KTZ7Q2',
      trip_number: '002Ц',
      from_code: 'RALM2',
      platform: '3',
      previous: null,
    };
    expect(changeText(platform, t, 'en', place)).toBe(
      'KTZ7Q2: 002Ц from Almaty-2 leaves from platform or gate 3.',
    );
    expect(changeText({ ...platform, previous: '1' }, t, 'en', place)).toContain('(was 1)');
    const cancelled: Change = {
      change: 'ticket_status',
      carrier: 'KTZ',
      reference: 'KTZ7Q2',
      ticket_number: '70012345678901',
      passenger: 'ZHUMABAYEV Nurlan',
      from: 'issued',
      to: 'cancelled_by_carrier',
    };
    expect(changeText(cancelled, t, 'en', place)).toBe(
      'KTZ7Q2: ticket 70012345678901 (ZHUMABAYEV Nurlan) — Cancelled by carrier.',
    );
    expect(changeText({ change: 'keys', carrier: 'KC', keys: 2 }, t, 'en', place)).toBe(
      'KC has new signing keys (2 known).',
    );
  });

  it('lists payments, refunds, changes and failures, or says nothing is new', () => {
    expect(reportLines(emptyReport(), t, 'en', place, formatMoney)).toEqual([
      { text: 'Nothing new from the carriers.', tone: 'neutral' },
    ]);
    const lines = reportLines(
      emptyReport({
        purchases: [
          {
            purchase_id: 'p1',
            carrier: 'KC',
            hold_id: 'h1',
            outcome: { outcome: 'completed', reference: 'KC8XQ1' },
          },
        ],
        outbox: [
          { entry: entry({ state: 'done', result_tiyn: 870_000 }), error: null },
          { entry: entry({ state: 'needs_confirmation', offer_tiyn: 800_000 }), error: null },
        ],
        changes: [delay],
        carriers: [
          {
            carrier: 'FS',
            events: 0,
            revocations: 0,
            changes: 0,
            error_code: 'offline',
            error: 'FS cannot be reached now',
          },
          { carrier: 'KTZ', events: 3, revocations: 0, changes: 1, error_code: null, error: null },
        ],
      }),
      t,
      'en',
      place,
      formatMoney,
    );
    expect(lines.map((l) => l.tone)).toEqual(['ok', 'ok', 'warn', 'warn', 'bad']);
    expect(lines[0]?.text).toContain('booking KC8XQ1 is in your wallet');
    expect(lines[1]?.text).toBe(
      `The refund of booking KTZ7Q2 went through: 8,700${NBSP}₸ back to the card.`,
    );
    expect(lines[2]?.text).toContain(`now offers 8,000${NBSP}₸`);
    expect(lines[4]?.text).toBe('FS: sync failed — FS cannot be reached now');
  });
});

describe('refund rules', () => {
  it('says what part of the fare a tier returns', () => {
    const tier = {
      from_minutes_before: 1440,
      fare_percent: 100,
      reserved_seat_percent: 100,
      withheld_cap_percent: null,
    };
    expect(plain(tierText(tier, t))).toBe('100 % of the fare');
    expect(
      plain(tierText({ ...tier, reserved_seat_percent: 50, withheld_cap_percent: 30 }, t)),
    ).toBe(
      '100 % of the ticket part and 50 % of the reserved-seat part, at most 30 % of the fare withheld',
    );
  });
});

describe('exchanges', () => {
  it('searches the same carrier, places and local day again', () => {
    expect(exchangeTargetOf(row({ departure_local: '2026-12-01 00:20' }))).toEqual({
      key: '70012345678901',
      carrier: 'KTZ',
      from: 'RALM2',
      to: 'RASTNZ',
      date: '2026-12-01',
      bookingId: row().booking_id,
      ticketNumber: '70012345678901',
    });
  });

  function ticket(number: string, passenger: number, segment: number, status: Ticket['status']) {
    return {
      number,
      passenger,
      segment,
      seat: null,
      price: { items: [] },
      status,
      token: null,
    } satisfies Ticket;
  }

  function segment(trip: string, utc: string) {
    const place = { code: 'RALM2', name: 'Almaty-2', zone: 'Asia/Almaty' };
    return {
      mode: 'rail' as const,
      carrier: 'KTZ',
      trip_number: trip,
      from: place,
      to: { ...place, code: 'RASTNZ' },
      departure: { utc, zone: 'Asia/Almaty' },
      arrival: { utc, zone: 'Asia/Almaty' },
      service_class: 'coupe',
      fare: 'standard',
      delay_minutes: 0,
      platform: null,
    };
  }

  const booking = {
    id: 'b1',
    reference: 'KTZ7Q2',
    carrier: 'KTZ',
    segments: [segment('002Ц', '2026-12-01T16:40:00Z'), segment('010Ц', '2026-12-03T16:40:00Z')],
    passengers: [],
    tickets: [
      ticket('T-OLD-0', 0, 0, 'exchanged'),
      ticket('T-OLD-1', 1, 0, 'issued'),
      ticket('T-NEW-1', 1, 1, 'issued'),
      ticket('T-NEW-0', 0, 1, 'issued'),
    ],
    purchase: { channel: 'sapar', label: 'Sapar' },
    created_at: '2026-11-20T09:12:00Z',
    contact_email: null,
  } satisfies Booking;

  it('finds the new ticket of the same passenger on the new trip', () => {
    const trip = {
      number: '010Ц',
      departure: { utc: '2026-12-03T16:40:00.000Z', local: '', zone: '' },
    };
    expect(ticketAfterExchange(booking, 'T-OLD-0', trip)).toBe('T-NEW-0');
    expect(ticketAfterExchange(booking, 'T-OLD-0')).toBe('T-NEW-0');
    expect(
      ticketAfterExchange({ ...booking, tickets: booking.tickets.slice(0, 1) }, 'T-OLD-0'),
    ).toBe(null);
  });
});

describe('the add-a-carrier form', () => {
  it('follows the rules Sapar applies', () => {
    expect(
      carrierFormProblems({ code: 'kc', baseUrl: 'https://api.airastana.kz/sapar', apiKey: 'k-1' }),
    ).toEqual([]);
    expect(carrierFormProblems({ code: 'K', baseUrl: 'ftp://x.kz/abc', apiKey: 'a key' })).toEqual([
      'code',
      'baseUrl',
      'apiKey',
    ]);
  });
});

describe('errors in words', () => {
  it('prefers the screen’s own words, then the app’s, then a general sentence', () => {
    const closed = {
      code: 'refund_closed',
      message: 'fare ktz: online refunds close 60 minutes before departure',
    };
    expect(explainError(closed, ['chg-error-'], t, has)).toEqual({
      text: t('chg-error-refund_closed'),
      detail: closed.message,
    });
    expect(
      explainError({ code: 'disk_full', message: 'no space' }, ['chg-error-'], t, has),
    ).toEqual({ text: t('ui-error-disk_full'), detail: null });
    expect(explainError({ code: 'weird', message: 'it broke' }, ['chg-error-'], t, has)).toEqual({
      text: t('ui-error-unknown'),
      detail: 'it broke',
    });
  });
});
