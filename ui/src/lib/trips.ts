// Tickets grouped by the trip they are for: a family on one train is one card with a
// line per passenger.
import type { TicketRow } from './bindings';

/** One trip and the wallet's tickets for it. */
export interface Trip {
  /** Tells trips apart in a list. */
  key: string;
  /** The first ticket: the trip's number, places and times. */
  head: TicketRow;
  /** Every ticket for the trip, in the order they came. */
  tickets: TicketRow[];
}

/** The key of the trip a ticket is for: mode, number, both places and departure. */
export function tripKey(
  row: Pick<TicketRow, 'mode' | 'trip_number' | 'from_code' | 'to_code' | 'departure_utc'>,
): string {
  return [row.mode, row.trip_number, row.from_code, row.to_code, row.departure_utc].join('|');
}

/**
 * Groups tickets by trip, keeping the order of each trip's first ticket, so a list
 * sorted by departure stays sorted.
 */
export function groupByTrip(rows: readonly TicketRow[]): Trip[] {
  const trips = new Map<string, Trip>();
  for (const row of rows) {
    const key = tripKey(row);
    const trip = trips.get(key);
    if (trip) {
      trip.tickets.push(row);
    } else {
      trips.set(key, { key, head: row, tickets: [row] });
    }
  }
  return [...trips.values()];
}
