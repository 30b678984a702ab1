import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages';
import type { Carriage, FieldError, FoundOffer, SeatInfo } from './bindings';
import {
  ageOn,
  countdownText,
  emptyPassengerForm,
  passengerSlots,
  payloadCategory,
  placeProblems,
  priceDifferenceText,
  problemText,
  seatChoices,
  seatLayout,
  seatText,
  seatedSlots,
  secondsLeft,
  toPassenger,
  togglePick,
  type ProblemContext,
  type SeatPick,
} from './booking-form';

const NBSP = '\u00a0';
const en = messages('en');
const t = (id: string, args?: Record<string, string | number>) => en.format(id, args);
const has = (id: string) => en.has(id);

function seat(number: string, overrides: Partial<SeatInfo> = {}): SeatInfo {
  return { number, berth: null, available: true, price_difference: 0, features: [], ...overrides };
}

function carriage(number: string, seats: SeatInfo[], service_class = 'coupe'): Carriage {
  return {
    number,
    service_class,
    service_class_name: { kk: 'Купе', ru: 'Купе', en: 'Coupe' },
    seats,
  };
}

describe('passengers of an offer', () => {
  const offer = {
    offer: {
      prices: [
        { category: 'adult', count: 2, unit: { items: [] } },
        { category: 'infant', count: 1, unit: { items: [] } },
        { category: 'child', count: 1, unit: { items: [] } },
      ],
    },
  } as unknown as FoundOffer;

  it('lists one slot per passenger in the order of the prices; infants get no seat', () => {
    const slots = passengerSlots(offer);
    expect(slots).toEqual(['adult', 'adult', 'infant', 'child']);
    expect(seatedSlots(slots)).toEqual([0, 1, 3]);
  });

  it('books the category the birth date gives, a baby keeping a child seat', () => {
    expect(payloadCategory('adult', null)).toBe('adult');
    expect(payloadCategory('adult', 'child')).toBe('child');
    expect(payloadCategory('child', 'infant')).toBe('child');
    expect(payloadCategory('infant', 'infant')).toBe('infant');
  });

  it('sends the surname in capitals and the IIN only with a Kazakh document', () => {
    const form = {
      ...emptyPassengerForm('adult'),
      surname: ' Zhumabayev ',
      givenNames: 'Nurlan  Serikuly',
      documentNumber: ' 043512378 ',
      iin: '900101 301233',
    };
    expect(toPassenger(form, 'adult')).toEqual({
      surname: 'ZHUMABAYEV',
      given_names: 'Nurlan Serikuly',
      document_type: 'kz_id_card',
      document_number: '043512378',
      birth_date: null,
      iin: '900101301233',
      category: 'adult',
    });
    const foreign = toPassenger({ ...form, documentType: 'foreign_passport' }, 'adult');
    expect(foreign.iin).toBeNull();
    expect(emptyPassengerForm('child').documentType).toBe('birth_certificate');
  });
});

describe('ages', () => {
  it('counts ages in whole years on the travel date', () => {
    expect(ageOn('1990-01-01', '2026-12-01')).toBe(36);
    expect(ageOn('2016-12-02', '2026-12-01')).toBe(9);
    expect(ageOn('2016-12-01', '2026-12-01')).toBe(10);
    expect(ageOn('2027-01-01', '2026-12-01')).toBeNull();
  });
});

describe('problems in words', () => {
  const forms = [
    { ...emptyPassengerForm('adult'), iin: '900101301234' },
    { ...emptyPassengerForm('adult'), birthDate: '2016-05-04', documentType: 'birth_certificate' },
  ] as const;
  const ctx: ProblemContext = {
    forms: [...forms],
    categories: ['adult', 'child'],
    offered: { adult: 2, child: 0, infant: 0 },
    travelDate: '2026-12-01',
    // As Sapar's core explains the first passenger's IIN.
    iinErrors: [{ reason: 'wrong_check_digit', expected: 3, found: 4 }, null],
    iinBirthDates: [null, null],
    lang: 'en',
    t,
    has,
  };
  const problem = (field: string, reason: string, message = 'in English'): FieldError => ({
    field,
    reason,
    message,
  });

  it('places field problems by field and the rest above the forms', () => {
    const placed = placeProblems(
      [
        problem('passengers/0/iin', 'iin_invalid'),
        problem('passengers/0/iin', 'iin_missing'),
        problem('passengers', 'counts_differ_from_offer'),
        problem('seats/0/seat', 'seat_chosen_twice'),
        problem('passengers/0/nationality', 'required'),
        problem('passengers/7/surname', 'surname_missing'),
      ],
      2,
    );
    expect(placed.fields.get('passengers/0/iin')?.map((p) => p.reason)).toEqual([
      'iin_invalid',
      'iin_missing',
    ]);
    expect(placed.general.map((p) => p.field)).toEqual([
      'passengers',
      'seats/0/seat',
      'passengers/0/nationality',
      'passengers/7/surname',
    ]);
  });

  it('explains an invalid IIN by the exact reason the core gives', () => {
    expect(problemText(problem('passengers/0/iin', 'iin_invalid'), ctx)).toBe(
      'The last digit should be 3, not 4: check for a typo.',
    );
    const mismatch: ProblemContext = {
      ...ctx,
      iinErrors: [
        { reason: 'birth_date_mismatch', in_iin: '1990-01-01', given: '1990-01-02' },
        null,
      ],
    };
    expect(problemText(problem('passengers/0/iin', 'iin_invalid'), mismatch)).toBe(
      'The IIN gives birth date 1 Jan 1990, not 2 Jan 1990.',
    );
    const unknown: ProblemContext = { ...ctx, iinErrors: [] };
    expect(problemText(problem('passengers/0/iin', 'iin_invalid'), unknown)).toBe(
      en.format('book-problem-iin_invalid'),
    );
  });

  it('words counts, ages and known reasons, and falls back to the carrier’s words', () => {
    expect(problemText(problem('passengers', 'counts_differ_from_offer'), ctx)).toBe(
      'The price was found for 2 adults; by their dates of birth the passengers are ' +
        '1 adult, 1 child. Search again for these passengers.',
    );
    expect(problemText(problem('passengers/1/category', 'category_mismatch'), ctx)).toBe(
      'At 10 the passenger cannot travel at the “Child” fare.',
    );
    expect(problemText(problem('passengers/0/surname', 'surname_missing'), ctx)).toBe(
      'Write the surname.',
    );
    expect(
      problemText(problem('passengers/0/x', 'brand_new_reason', 'As the carrier says'), ctx),
    ).toBe('As the carrier says');
  });
});

describe('seats', () => {
  const pick = (seat: string, carriage = '5'): SeatPick => ({
    carriage,
    seat,
    berth: null,
    price_difference: 0,
  });

  it('picks up to one seat per passenger; another pick moves the earliest one', () => {
    let picks = togglePick([], pick('3'), 2);
    picks = togglePick(picks, pick('7'), 2);
    expect(picks.map((p) => p.seat)).toEqual(['3', '7']);
    picks = togglePick(picks, pick('11'), 2);
    expect(picks.map((p) => p.seat)).toEqual(['7', '11']);
    picks = togglePick(picks, pick('7'), 2);
    expect(picks.map((p) => p.seat)).toEqual(['11']);
    expect(togglePick([pick('3')], pick('3', '4'), 1)).toEqual([pick('3', '4')]);
  });

  it('gives each pick to the next seated passenger; carriages only on trains', () => {
    expect(seatChoices([pick('3'), pick('7')], [0, 2], 'rail')).toEqual([
      { passenger: 0, carriage: '5', seat: '3' },
      { passenger: 2, carriage: '5', seat: '7' },
    ]);
    expect(seatChoices([pick('12A', 'economy')], [0], 'air')).toEqual([
      { passenger: 0, carriage: null, seat: '12A' },
    ]);
  });

  it('draws a coupe as compartments of four and platzkart side berths in pairs', () => {
    const berths = Array.from({ length: 8 }, (_, i) =>
      seat(String(i + 1), { berth: i % 2 === 0 ? 'lower' : 'upper' }),
    );
    const side = ['37', '38'].map((n, i) =>
      seat(n, { berth: i === 0 ? 'lower' : 'upper', features: ['side'] }),
    );
    const layout = seatLayout(carriage('5', [...side, ...berths.reverse()]));
    expect(layout.kind).toBe('berths');
    if (layout.kind !== 'berths') return;
    expect(layout.compartments.map((c) => c.map((s) => s.number))).toEqual([
      ['1', '2', '3', '4'],
      ['5', '6', '7', '8'],
    ]);
    expect(layout.side.map((c) => c.map((s) => s.number))).toEqual([['37', '38']]);
    const sv = seatLayout(
      carriage(
        '2',
        [1, 2, 3].map((n) => seat(`${n}`, { berth: 'lower' })),
      ),
    );
    expect(sv.kind === 'berths' && sv.compartments.length).toBe(2);
  });

  it('draws an aircraft cabin as rows by letter with the aisle in the middle', () => {
    const seats = ['7A', '7B', '7C', '7D', '7E', '7F', '8A', '8F', '10C'].map((n) => seat(n));
    const layout = seatLayout(carriage('economy', seats, 'economy'));
    expect(layout.kind).toBe('cabin');
    if (layout.kind !== 'cabin') return;
    expect(layout.letters).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(layout.aisleAfter).toBe(3);
    expect(layout.rows.map((r) => r.row)).toEqual(['7', '8', '10']);
    expect(layout.rows[1]?.seats.map((s) => s?.number ?? null)).toEqual([
      '8A',
      null,
      null,
      null,
      null,
      '8F',
    ]);
  });

  it('draws a coach in rows of four', () => {
    const layout = seatLayout(
      carriage(
        'main',
        [1, 2, 3, 4, 5].map((n) => seat(`${n}`)),
        'standard',
      ),
    );
    expect(layout.kind === 'grid' && layout.rows.map((r) => r.length)).toEqual([4, 1]);
  });

  it('says what a seat costs more and where it is', () => {
    expect(priceDifferenceText(150_000, 'ru')).toBe(`+1${NBSP}500${NBSP}₸`);
    expect(priceDifferenceText(-50_000, 'en')).toBe(`−500${NBSP}₸`);
    expect(priceDifferenceText(0, 'en')).toBe(`+0${NBSP}₸`);
    expect(seatText({ carriage: '5', seat: '13', berth: 'lower' }, t)).toBe(
      'Carriage 5, seat 13, lower berth',
    );
    expect(seatText({ carriage: null, seat: '12A', berth: null }, t)).toBe('Seat 12A');
    expect(seatText(null, t)).toBe("No seat (on an adult's lap)");
  });
});

describe('the hold countdown', () => {
  it('counts whole seconds down to zero', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(secondsLeft('2026-12-01T10:15:00Z', now)).toBe(900);
    expect(secondsLeft('2026-12-01T10:00:00.400Z', now)).toBe(1);
    expect(secondsLeft('2026-12-01T09:59:00Z', now)).toBe(0);
    expect(secondsLeft('not a time', now)).toBe(0);
  });

  it('shows minutes and seconds, and hours past an hour', () => {
    expect(countdownText(900)).toBe('15:00');
    expect(countdownText(119)).toBe('01:59');
    expect(countdownText(9)).toBe('00:09');
    expect(countdownText(3723)).toBe('1:02:03');
  });
});
