import { describe, expect, it } from 'vitest';
import { row } from '../testing/fixtures';
import { groupByTrip, tripKey } from './trips';

describe('tickets grouped by trip', () => {
  it('puts the passengers of one trip together, in the order of the list', () => {
    const a = row({ ticket_number: '1', departure_utc: '2026-12-01T16:40:00Z' });
    const b = row({ ticket_number: '2', departure_utc: '2026-12-02T16:40:00Z' });
    const c = row({ ticket_number: '3', departure_utc: '2026-12-01T16:40:00Z' });
    const trips = groupByTrip([a, b, c]);
    expect(trips.map((t) => t.tickets.map((r) => r.ticket_number))).toEqual([['1', '3'], ['2']]);
    expect(trips[0]?.head).toBe(a);
  });

  it('tells apart trips that differ in number, places or mode', () => {
    const base = row();
    const others = [
      row({ trip_number: '10Ц' }),
      row({ from_code: 'RALM1' }),
      row({ to_code: 'RKRG' }),
      row({ mode: 'bus' }),
    ];
    const keys = new Set([base, ...others].map(tripKey));
    expect(keys.size).toBe(5);
    expect(groupByTrip([])).toEqual([]);
  });
});
