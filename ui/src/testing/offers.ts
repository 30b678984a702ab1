// Offers as the carriers' answers carry them, for UI tests.
import type { FoundOffer } from '../lib/bindings';

/** An offer of a trip from Astana Nurly Zhol to Almaty-2 on 1 December 2026. */
export function offer(
  overrides: {
    carrier?: string;
    number?: string;
    serviceClass?: string;
    total?: number;
    departure?: string;
    duration?: number;
    seatsLeft?: number;
    demo?: boolean;
    mode?: 'rail' | 'air' | 'bus';
  } = {},
): FoundOffer {
  const {
    carrier = 'KTZ',
    number = '10',
    serviceClass = 'coupe',
    total = 4_267_200,
    departure = '19:40',
    duration = 745,
    seatsLeft = 36,
    demo = true,
    mode = 'rail',
  } = overrides;
  const [h, m] = departure.split(':').map(Number) as [number, number];
  const depUtc = Date.UTC(2026, 11, 1, h - 5, m);
  const arrUtc = depUtc + duration * 60_000;
  const local = (utc: number) => new Date(utc + 5 * 3_600_000).toISOString().slice(0, 19);
  const names = {
    coupe: { kk: 'Купе', ru: 'Купе', en: 'Coupe' },
    sv: { kk: 'СВ', ru: 'СВ', en: 'SV (1st class)' },
    economy: { kk: 'Эконом', ru: 'Эконом', en: 'Economy' },
  }[serviceClass] ?? { kk: serviceClass, ru: serviceClass, en: serviceClass };
  return {
    number: null,
    carrier,
    carrier_names:
      carrier === 'KTZ'
        ? ['ҚТЖ', 'КТЖ', 'KTZ Passenger Transportation']
        : [carrier, carrier, carrier],
    demo,
    offer: {
      id: `${carrier}-${number}-${serviceClass}`,
      expires_at: '2026-11-30T12:00:00Z',
      trip: {
        id: `${carrier}-${number}-2026-12-01`,
        number,
        mode,
        carrier,
        vehicle: mode === 'rail' ? 'Talgo' : '',
        from: { code: 'RASTNZ', name: 'Astana Nurly Zhol' },
        to: { code: 'RALM2', name: 'Almaty-2' },
        departure: {
          utc: new Date(depUtc).toISOString(),
          local: local(depUtc),
          zone: 'Asia/Almaty',
        },
        arrival: { utc: new Date(arrUtc).toISOString(), local: local(arrUtc), zone: 'Asia/Almaty' },
        duration_minutes: duration,
        stops: [],
        status: 'scheduled',
        delay_minutes: 0,
        platform: null,
      },
      service_class: serviceClass,
      service_class_name: names,
      fare: 'standard',
      fare_name: { kk: 'Стандарт', ru: 'Стандарт', en: 'Standard' },
      prices: [],
      total,
      seats_left: seatsLeft,
      seat_selection: true,
      conditions: [],
    },
  };
}
