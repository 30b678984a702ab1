// Tickets, details and verdicts as Rust sends them, for UI tests.
import type { CodeVerdict, TicketClaims, TicketDetail, TicketRow } from '../lib/bindings';

/** A train ticket row: Almaty-2 → Astana on train 002Ц, coupe, car 5 seat 12. */
export function row(overrides: Partial<TicketRow> = {}): TicketRow {
  return {
    booking_id: '0190f5a2-7c1e-7a3b-9e21-4b5d6c7e8f90',
    reference: 'KTZ7Q2',
    carrier: 'KTZ',
    ticket_number: '70012345678901',
    status: 'issued',
    passenger: 'ZHUMABAYEV Nurlan',
    mode: 'rail',
    trip_number: '002Ц',
    from_code: 'RALM2',
    from_name: 'Almaty-2',
    to_code: 'RASTNZ',
    to_name: 'Astana Nurly Zhol',
    departure_utc: '2026-12-01T16:40:00Z',
    departure_zone: 'Asia/Almaty',
    departure_local: '2026-12-01 21:40',
    arrival_utc: '2026-12-02T07:10:00Z',
    arrival_zone: 'Asia/Almaty',
    arrival_local: '2026-12-02 12:10',
    service_class: 'coupe',
    carriage: '5',
    seat: '12',
    berth: 'upper',
    total_tiyn: 1_234_500,
    delay_minutes: 0,
    platform: null,
    ...overrides,
  };
}

/** A QR code as Rust draws it (a tiny one: the UI only shows it). */
export const QR_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><rect width="9" height="9" fill="#fff"/><path fill="#000" d="M4 4h1v1h-1z"/></svg>';

/** The detail of the ticket of {@link row}, with KTZ's contacts and a QR code. */
export function detail(overrides: Partial<TicketDetail> = {}): TicketDetail {
  return {
    row: row(),
    from: { kk: 'Алматы-2', ru: 'Алматы-2', en: 'Almaty-2' },
    to: { kk: 'Астана Нұрлы жол', ru: 'Астана Нурлы Жол', en: 'Astana Nurly Zhol' },
    fare: 'ktz-long-distance',
    duration_minutes: 870,
    document_type: 'kz_id_card',
    document_tail: '2378',
    category: 'adult',
    price: [
      { kind: 'fare', amount: 1_000_000 },
      { kind: 'reserved_seat', amount: 210_900 },
      { kind: 'sale_fee', amount: 23_600 },
    ],
    purchase: { channel: 'sales_office', label: 'Almaty-2 station, ticket hall' },
    issued_utc: '2026-11-20T09:12:00Z',
    issued_local: '2026-11-20 14:12',
    contact_email: 'nurlan@example.kz',
    carrier: {
      code: 'KTZ',
      name_kk: 'Қазақстан темір жолы',
      name_ru: 'Казахстанские железные дороги',
      name_en: 'Kazakhstan Temir Zholy',
      modes: ['rail'],
      support: { phones: ['1433'], email: null, web: 'bilet.railways.kz', hours: '24/7' },
      offices: [],
    },
    office: {
      city: 'Almaty',
      address: 'Almaty-2 station, ticket hall',
      hours: '24/7',
      lat_e6: 43_271_500,
      lon_e6: 76_937_000,
    },
    qr_svg: QR_SVG,
    booking_tickets: 2,
    original_barcode: null,
    ...overrides,
  };
}

/** What a Sapar ticket code of {@link row} states. */
export function claims(overrides: Partial<TicketClaims> = {}): TicketClaims {
  return {
    carrier: 'KTZ',
    ticket_number: '70012345678901',
    booking_reference: 'KTZ7Q2',
    passenger_name: 'ZHUMABAYEV NURLAN',
    document_tail: '2378',
    mode: 'rail',
    trip_number: '002Ц',
    from: 'RALM2',
    to: 'RASTNZ',
    departure: '2026-12-01T16:40:00Z',
    service_class: 'coupe',
    carriage: '5',
    seat: '12',
    not_before: '2026-11-20T09:12:00Z',
    not_after: '2026-12-02T07:10:00Z',
    issued_at: '2026-11-20T09:12:00Z',
    ...overrides,
  };
}

/** A valid verdict with its explanation. */
export function validVerdict(explanation = 'The ticket is valid.'): CodeVerdict {
  return { verdict: { code: 'valid', ticket: claims() }, explanation };
}
