// What a ticket row looks like on screen: the words and tones derived from its data.
import type { Berth, TicketRow, TicketStatus } from './bindings';

export type { Mode } from './bindings';

/** How a status badge is coloured: fine, waiting, over, or lost. */
export type Tone = 'ok' | 'warn' | 'neutral' | 'bad';

/** The badge tone of a ticket status. */
export function statusTone(status: TicketStatus): Tone {
  switch (status) {
    case 'issued':
      return 'ok';
    case 'held':
      return 'warn';
    case 'used':
    case 'exchanged':
      return 'neutral';
    case 'refunded':
    case 'cancelled_by_carrier':
      return 'bad';
  }
}

/** The seat of a ticket as shown under "Seat"; `null` when no seat is assigned. */
export function seatText(
  row: Pick<TicketRow, 'carriage' | 'seat'>,
  t: (id: string, args?: Record<string, string>) => string,
): string | null {
  if (!row.seat) return null;
  if (row.carriage) return t('ui-ticket-carriage-seat', { carriage: row.carriage, seat: row.seat });
  return row.seat;
}

/** The message id naming a berth. */
export function berthMessage(berth: Berth): string {
  return `ui-berth-${berth}`;
}

/** A key that tells ticket rows apart in a list. */
export function rowKey(row: Pick<TicketRow, 'booking_id' | 'ticket_number'>): string {
  return `${row.booking_id}/${row.ticket_number}`;
}
