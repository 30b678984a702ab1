// Changing tickets and keeping them in step with the carriers, in words: what a sync
// brought, which ticket an exchange issued, where an exchange starts from, a carrier's
// name in the UI's language, errors told by code, and the add-a-carrier form checked.
import { nameIn, type Has, type Lang, type Translate } from '../i18n/messages';
import type {
  Booking,
  CarrierInfo,
  Change,
  IpcError,
  OutboxReport,
  RefundTier,
  ResumeReport,
  SyncReport,
  TicketRow,
  TripSummary,
} from './bindings';
import { errorMessageId } from './errors';
import { dateFormat } from './format';
import type { ExchangeTarget } from './nav.svelte';

/**
 * An instant (RFC 3339) as a date and a 24-hour time on this computer's clock, e.g.
 * `1 Dec 2026, 21:40`; with `dateOnly`, just the date. Text that is no instant is
 * returned as it is.
 */
export function formatInstant(
  utc: string,
  lang: Lang,
  options: { dateOnly?: boolean; timeZone?: string } = {},
): string {
  const instant = Date.parse(utc);
  if (Number.isNaN(instant)) return utc;
  const format = dateFormat(lang, {
    timeZone: options.timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(options.dateOnly ? {} : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  });
  return format.format(instant);
}

/** A carrier's name in the UI's language (its names come as Kazakh, Russian, English). */
export function carrierName(carrier: Pick<CarrierInfo, 'code' | 'names'>, lang: Lang): string {
  const name = nameIn(carrier.names, lang);
  return name.trim() !== '' ? name : carrier.code;
}

/** How a place code reads in the UI's language. */
export type PlaceName = (code: string) => string;

/** One change a sync made to the wallet, in a sentence. */
export function changeText(change: Change, t: Translate, lang: Lang, place: PlaceName): string {
  switch (change.change) {
    case 'delay': {
      const args = {
        reference: change.reference,
        trip: change.trip_number,
        from: place(change.from_code),
        to: place(change.to_code),
        date: formatInstant(change.departure_utc, lang, { dateOnly: true }),
        minutes: change.delay_minutes,
      };
      return change.delay_minutes > 0
        ? t('sync-change-delay', args)
        : t('sync-change-on-time', args);
    }
    case 'platform': {
      const args = {
        reference: change.reference,
        trip: change.trip_number,
        from: place(change.from_code),
        platform: change.platform,
      };
      return change.previous
        ? t('sync-change-platform-moved', { ...args, previous: change.previous })
        : t('sync-change-platform', args);
    }
    case 'ticket_status':
      return t('sync-change-status', {
        reference: change.reference,
        ticket: change.ticket_number,
        passenger: change.passenger,
        status: t(`status-${change.to}`),
      });
    case 'keys':
      return t('sync-change-keys', { carrier: change.carrier, count: change.keys });
    case 'booking':
      return t('sync-change-booking', { reference: change.reference });
  }
}

/** What became of a payment a sync finished, in a sentence. */
export function purchaseText(report: ResumeReport, t: Translate): string {
  const outcome = report.outcome;
  switch (outcome.outcome) {
    case 'completed':
      return t('sync-purchase-completed', { reference: outcome.reference });
    case 'failed':
      return t('sync-purchase-failed', { reason: outcome.message });
    case 'still_pending':
      return t('sync-purchase-pending', { carrier: report.carrier });
  }
}

/** What became of a queued refund a sync sent, in a sentence. */
export function refundText(
  report: OutboxReport,
  t: Translate,
  lang: Lang,
  money: FormatMoney,
): string {
  const entry = report.entry;
  const reference = entry.booking_reference;
  const reason = report.error ?? entry.last_error ?? '';
  switch (entry.state) {
    case 'done':
      return t('sync-refund-done', {
        reference,
        amount: money(entry.result_tiyn ?? entry.accepted_tiyn, lang),
      });
    case 'needs_confirmation':
      return t('sync-refund-needs-confirmation', {
        reference,
        amount: money(entry.offer_tiyn ?? entry.accepted_tiyn, lang),
      });
    case 'queued':
      return t('sync-refund-queued', { reference, reason });
    case 'failed':
      return t('sync-refund-failed', { reference, reason });
  }
}

/** Formats an amount in tiyn (see `formatMoney`). */
export type FormatMoney = (tiyn: number, lang: Lang) => string;

/** A line of a sync report and how it should look: news, or a failure. */
export interface ReportLine {
  text: string;
  tone: 'ok' | 'warn' | 'bad' | 'neutral';
}

/**
 * Everything a sync round did that a person would want to read, in order: payments
 * finished, refunds sent, changes to the trips, carriers that failed. One line saying
 * nothing is new when it brought nothing.
 */
export function reportLines(
  report: SyncReport,
  t: Translate,
  lang: Lang,
  place: PlaceName,
  money: FormatMoney,
): ReportLine[] {
  const lines: ReportLine[] = [];
  for (const p of report.purchases) {
    const tone = p.outcome.outcome === 'completed' ? 'ok' : 'warn';
    lines.push({ text: purchaseText(p, t), tone });
  }
  for (const o of report.outbox) {
    const state = o.entry.state;
    const tone = state === 'done' ? 'ok' : state === 'failed' ? 'bad' : 'warn';
    lines.push({ text: refundText(o, t, lang, money), tone });
  }
  for (const change of report.changes) {
    const bad =
      (change.change === 'ticket_status' && change.to === 'cancelled_by_carrier') ||
      (change.change === 'delay' && change.delay_minutes > 0);
    lines.push({ text: changeText(change, t, lang, place), tone: bad ? 'warn' : 'neutral' });
  }
  for (const c of report.carriers) {
    if (c.error !== null || c.error_code !== null) {
      const reason = c.error ?? c.error_code ?? '';
      lines.push({ text: t('sync-carrier-failed', { carrier: c.carrier, reason }), tone: 'bad' });
    }
  }
  if (lines.length === 0) lines.push({ text: t('sync-nothing'), tone: 'neutral' });
  return lines;
}

/** The refund rule a tier applies, in words (the same wording as the printed rules). */
export function tierText(tier: RefundTier, t: Translate): string {
  const what =
    tier.fare_percent === tier.reserved_seat_percent
      ? t('ticket-rule-fare-percent', { fare: tier.fare_percent })
      : t('ticket-rule-parts', { fare: tier.fare_percent, reserved: tier.reserved_seat_percent });
  return tier.withheld_cap_percent === null
    ? what
    : t('ticket-rule-with-cap', { what, cap: tier.withheld_cap_percent });
}

/** Where exchanging a ticket starts: a search of its carrier, same places, same day. */
export function exchangeTargetOf(row: TicketRow): ExchangeTarget {
  return {
    key: row.ticket_number,
    carrier: row.carrier,
    from: row.from_code,
    to: row.to_code,
    date: row.departure_local.slice(0, 10),
    bookingId: row.booking_id,
    ticketNumber: row.ticket_number,
  };
}

/**
 * The ticket an exchange issued to the passenger of `oldTicket`: an issued ticket of
 * the same passenger, on the segment of `trip` when it can be told; `null` when the
 * booking holds none.
 */
export function ticketAfterExchange(
  booking: Booking,
  oldTicket: string,
  trip?: Pick<TripSummary, 'number' | 'departure'>,
): string | null {
  const passenger = booking.tickets.find((t) => t.number === oldTicket)?.passenger;
  const issued = booking.tickets.filter(
    (t) =>
      t.status === 'issued' &&
      t.number !== oldTicket &&
      (passenger === undefined || t.passenger === passenger),
  );
  const onTrip = trip
    ? issued.filter((t) => {
        const segment = booking.segments[t.segment];
        return (
          segment !== undefined &&
          segment.trip_number === trip.number &&
          Date.parse(segment.departure.utc) === Date.parse(trip.departure.utc)
        );
      })
    : [];
  return onTrip[0]?.number ?? issued[0]?.number ?? null;
}

/** An error told in words: what happened, and the app's own message when it helps. */
export interface ErrorWords {
  text: string;
  /** The message that came with the error (a fare rule quoted, what was invalid). */
  detail: string | null;
}

/** Codes whose message says more than the translation (a rule quoted, a field named). */
const TELLING_CODES = new Set(['refund_closed', 'exchange_closed', 'invalid_input']);

/**
 * An error in the UI's language: the first of `prefixes` + code that has words, else
 * the app's general words for the code, else a general sentence with the message.
 */
export function explainError(
  error: IpcError,
  prefixes: readonly string[],
  t: Translate,
  has: Has,
): ErrorWords {
  const message = error.message.trim();
  const id = errorMessageId(error, prefixes, has);
  if (id) {
    const detail = TELLING_CODES.has(error.code) && message !== '' ? message : null;
    return { text: t(id), detail };
  }
  return { text: t('ui-error-unknown'), detail: message === '' ? null : message };
}

/** The add-a-carrier form, as typed. */
export interface CarrierForm {
  code: string;
  baseUrl: string;
  apiKey: string;
}

/** A field of the add-a-carrier form that is not right. */
export type CarrierProblem = 'code' | 'baseUrl' | 'apiKey';

/**
 * What is plainly wrong with the add-a-carrier form, by the same rules Sapar applies
 * (a 2-8 letter or digit code, an http(s) address, a key of visible characters).
 */
export function carrierFormProblems(form: CarrierForm): CarrierProblem[] {
  const problems: CarrierProblem[] = [];
  if (!/^[A-Za-z0-9]{2,8}$/.test(form.code.trim())) problems.push('code');
  const url = form.baseUrl.trim();
  if (!/^https?:\/\/\S+$/.test(url) || url.length < 10) problems.push('baseUrl');
  if (!/^[\x21-\x7e]+$/.test(form.apiKey.trim())) problems.push('apiKey');
  return problems;
}
