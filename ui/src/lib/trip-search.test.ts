import { describe, expect, it } from 'vitest';
import { offer } from '../testing/offers';
import {
  classesOf,
  finish,
  kazakhstanDate,
  mergeEvent,
  nothingFound,
  ofClass,
  passengerProblem,
  sortOffers,
} from './trip-search';

describe('merging carriers’ answers', () => {
  it('adds each carrier’s offers as it answers and keeps a failed one with its reason', () => {
    let found = nothingFound();
    found = mergeEvent(found, {
      event: 'answered',
      carrier: 'KTZ',
      offers: [offer(), offer({ number: '4', departure: '07:30' })],
      elapsed_ms: 120,
    });
    found = mergeEvent(found, {
      event: 'failed',
      carrier: 'FS',
      code: 'timeout',
      message: 'FS did not answer within 10 s',
      elapsed_ms: 10_000,
    });
    found = mergeEvent(found, {
      event: 'answered',
      carrier: 'DALA',
      offers: [offer({ carrier: 'DALA', number: '501', mode: 'bus' })],
      elapsed_ms: 80,
    });
    expect(found.offers.map((o) => `${o.carrier} ${o.offer.trip.number}`)).toEqual([
      'KTZ 10',
      'KTZ 4',
      'DALA 501',
    ]);
    expect(found.carriers).toEqual([
      { state: 'answered', carrier: 'KTZ', demo: true, offers: 2 },
      {
        state: 'failed',
        carrier: 'FS',
        demo: false,
        code: 'timeout',
        message: 'FS did not answer within 10 s',
      },
      { state: 'answered', carrier: 'DALA', demo: true, offers: 1 },
    ]);
    expect(found.done).toBe(false);
  });

  it('lets the finished search replace what streamed in, with no-route carriers', () => {
    const streamed = mergeEvent(nothingFound(), {
      event: 'answered',
      carrier: 'KTZ',
      offers: [offer()],
      elapsed_ms: 1,
    });
    const done = finish({
      from: ['RASTNZ'],
      to: ['RALM2'],
      offers: [{ ...offer(), number: 1 }],
      carriers: [
        { carrier: 'KTZ', demo: true, outcome: { outcome: 'answered', offers: 1, elapsed_ms: 1 } },
        { carrier: 'KC', demo: true, outcome: { outcome: 'no_route' } },
      ],
    });
    expect(streamed.done).toBe(false);
    expect(done.done).toBe(true);
    expect(done.offers[0]?.number).toBe(1);
    expect(done.carriers.map((c) => c.state)).toEqual(['answered', 'no_route']);
  });
});

describe('sorting and filtering offers', () => {
  const early = offer({ number: '4', departure: '07:30', duration: 770, total: 3_000_000 });
  const late = offer({ number: '10', departure: '19:40', duration: 745, total: 4_267_200 });
  const plane = offer({
    carrier: 'KC',
    number: 'KC852',
    mode: 'air',
    departure: '09:00',
    duration: 105,
    total: 5_500_000,
    serviceClass: 'economy',
  });

  it('sorts by departure, travel time or price', () => {
    const all = [late, plane, early];
    const numbers = (list: typeof all) => list.map((o) => o.offer.trip.number);
    expect(numbers(sortOffers(all, 'departure'))).toEqual(['4', 'KC852', '10']);
    expect(numbers(sortOffers(all, 'duration'))).toEqual(['KC852', '10', '4']);
    expect(numbers(sortOffers(all, 'price'))).toEqual(['4', '10', 'KC852']);
  });

  it('offers the classes found and filters by one', () => {
    const sv = offer({ number: '10', serviceClass: 'sv', total: 9_000_000 });
    const all = [late, sv, plane, early];
    expect(classesOf(all, 'en')).toEqual([
      { id: 'coupe', name: 'Coupe' },
      { id: 'sv', name: 'SV (1st class)' },
      { id: 'economy', name: 'Economy' },
    ]);
    expect(ofClass(all, 'sv')).toEqual([sv]);
    expect(ofClass(all, '')).toHaveLength(4);
  });
});

describe('the form', () => {
  it('refuses impossible passenger counts, each with its reason', () => {
    expect(passengerProblem({ adults: 0, children: 0, infants: 0 })).toBe('find-problem-nobody');
    expect(passengerProblem({ adults: 1, children: 0, infants: 2 })).toBe('find-problem-infants');
    expect(passengerProblem({ adults: 6, children: 3, infants: 1 })).toBe('find-problem-too-many');
    expect(passengerProblem({ adults: 2, children: 1, infants: 1 })).toBeNull();
  });

  it('counts days in Kazakhstan’s time, not the computer’s', () => {
    // 20:30 UTC on 30 November is already 1 December in Almaty.
    const now = Date.UTC(2026, 10, 30, 20, 30);
    expect(kazakhstanDate(0, now)).toBe('2026-12-01');
    expect(kazakhstanDate(1, now)).toBe('2026-12-02');
  });
});
