// What a ticket row looks like on screen: the words and tones derived from its data.
import type { Has, Translate } from '../i18n/messages';
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

/** A travel time in minutes as hours and minutes: `12 h 35 min`. */
export function durationText(minutes: number, t: Translate): string {
  const whole = Math.max(0, Math.round(minutes));
  return t('ui-detail-duration-value', { hours: Math.floor(whole / 60), minutes: whole % 60 });
}

/**
 * The caption of a price line: the same wording as the printed ticket
 * (`ticket-price-<kind>`), or the kind itself for kinds Sapar has no words for.
 */
export function priceLabel(kind: string, t: Translate, has: Has): string {
  const id = `ticket-price-${kind}`;
  return has(id) ? t(id) : kind.replaceAll('_', ' ');
}

/** A class or cabin in words (`coupe` → `Coupe`), or as the carrier wrote it. */
export function classLabel(serviceClass: string, t: Translate, has: Has): string {
  const key = serviceClass.trim().toLowerCase().replaceAll(/[ -]/g, '_');
  const id = `ticket-class-${key}`;
  return key && has(id) ? t(id) : serviceClass;
}

/** An SVG document as an `<img src>` the strict content policy allows (a data: URL). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
