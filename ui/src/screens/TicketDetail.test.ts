import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../App.svelte';
import type { RefundOutcome, RefundPreview, SendOutcome } from '../lib/bindings';
import { nav } from '../lib/nav.svelte';
import { detail, row } from '../testing/fixtures';
import { callsOf, fakeSapar, type Handler } from '../testing/ipc';

const NBSP = '\u00a0';

/** KTZ's quote for refunding the fixture ticket a week before departure. */
function quote(overrides: Partial<RefundPreview> = {}): RefundPreview {
  return {
    carrier: 'KTZ',
    reference: 'KTZ7Q2',
    tickets: ['70012345678901'],
    lines: [
      {
        ticket: '70012345678901',
        refund: 1_110_900,
        fee: 100_000,
        withheld: 23_600,
        tier: {
          from_minutes_before: 480,
          fare_percent: 100,
          reserved_seat_percent: 100,
          withheld_cap_percent: null,
        },
      },
    ],
    total_refund: 1_110_900,
    estimate: false,
    offer_id: 'ro-77',
    expires_at: '2026-11-24T10:15:00Z',
    unreachable: null,
    ...overrides,
  };
}

function byTest(name: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-test="${name}"]`);
  if (!found) throw new Error(`nothing with data-test=${name}`);
  return found;
}

/** Opens the ticket screen of the fixture ticket, with more commands answered. */
async function openTicket(handlers: Record<string, Handler> = {}) {
  const calls = fakeSapar({
    ticket_detail: () => detail(),
    mail_server: () => null,
    set_fullscreen: () => null,
    list_tickets: () => ({ items: [], total: 0, offset: 0 }),
    ...handlers,
  });
  nav.go({ name: 'ticket', bookingId: row().booking_id, ticketNumber: row().ticket_number });
  render(App);
  await screen.findByRole('heading', { level: 1, name: /Almaty-2/ });
  return calls;
}

describe('the ticket screen', () => {
  it('shows every field of the ticket', async () => {
    const calls = await openTicket();
    expect(callsOf(calls, 'ticket_detail')).toEqual([
      { bookingId: row().booking_id, ticketNumber: '70012345678901' },
    ]);
    const text = document.querySelector('main')?.textContent ?? '';
    for (const expected of [
      'Astana Nurly Zhol',
      'Issued',
      'Kazakhstan Temir Zholy',
      '21:40',
      '12:10',
      'UTC+05:00',
      '14 h 30 min',
      'ZHUMABAYEV Nurlan',
      'Kazakhstan ID card',
      '2378',
      'Adult',
      'Coupe',
      'upper berth',
      'KTZ7Q2',
      '70012345678901',
      'Ticket office',
      'Almaty-2 station, ticket hall',
      '20 Nov 2026, 14:12 (UTC+05:00)',
      'nurlan@example.kz',
      '1433',
      'bilet.railways.kz',
    ]) {
      expect(text, expected).toContain(expected);
    }
    const price = screen.getByRole('table');
    expect(within(price).getByText('Fare').nextElementSibling?.textContent).toBe(`10,000${NBSP}₸`);
    expect(within(price).getByText('Reserved seat').nextElementSibling?.textContent).toBe(
      `2,109${NBSP}₸`,
    );
    expect(within(price).getByText('Sale fee')).toBeTruthy();
    expect(within(price).getByText('Total').nextElementSibling?.textContent).toBe(`12,345${NBSP}₸`);
    const code = screen.getByRole('img', { name: 'Ticket code' });
    expect(code.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
  });

  it('fills the screen with the code on a click, and leaves full screen on Escape', async () => {
    const calls = await openTicket();
    await fireEvent.click(screen.getByRole('button', { name: 'Show the code full screen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ticket code' });
    expect(dialog.textContent).toContain('Show this code to the conductor');
    expect(dialog.textContent).toContain('70012345678901');
    await waitFor(() => expect(callsOf(calls, 'set_fullscreen')).toEqual([{ on: true }]));
    await fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() =>
      expect(callsOf(calls, 'set_fullscreen')).toEqual([{ on: true }, { on: false }]),
    );
  });

  it('says when a ticket has no code or cannot be used', async () => {
    await openTicket({
      ticket_detail: () => detail({ qr_svg: null, row: row({ status: 'refunded' }) }),
    });
    expect(screen.queryByRole('img', { name: 'Ticket code' })).toBeNull();
    expect(screen.getByText(/No QR code/)).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('Not valid for travel');
  });

  it('saves the PDF on the paper chosen and says where', async () => {
    let answer: string | null = '/home/aigerim/ticket-70012345678901.pdf';
    const calls = await openTicket({ save_ticket_pdf: () => answer });
    await fireEvent.change(screen.getByLabelText('Paper'), { target: { value: 'receipt' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save PDF…' }));
    expect(await screen.findByText('Saved: /home/aigerim/ticket-70012345678901.pdf')).toBeTruthy();
    expect(callsOf(calls, 'save_ticket_pdf')).toEqual([
      { ticketNumber: '70012345678901', lang: 'en', paper: 'receipt' },
    ]);
    answer = null;
    await fireEvent.click(screen.getByRole('button', { name: 'Save PDF…' }));
    await waitFor(() => expect(callsOf(calls, 'save_ticket_pdf')).toHaveLength(2));
    expect(screen.queryByText(/^Saved:/)).toBeNull();
  });

  it('prints through the PDF viewer and saves a calendar file', async () => {
    const calls = await openTicket({
      print_ticket: () => null,
      save_calendar: () => '/tmp/trip-70012345678901.ics',
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Print…' }));
    expect(await screen.findByText(/open in your PDF viewer/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Add to calendar…' }));
    expect(await screen.findByText(/Calendar file saved: \/tmp\/trip-/)).toBeTruthy();
    expect(callsOf(calls, 'save_calendar')).toEqual([{ key: '70012345678901', lang: 'en' }]);
  });

  it('explains a file that could not be written', async () => {
    await openTicket({
      save_ticket_pdf: () => {
        throw { code: 'file_write', message: '/ro/ticket.pdf: read-only file system' };
      },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Save PDF…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not write the file');
  });

  it('asks for a mail server before sending', async () => {
    await openTicket();
    expect(await screen.findByText('Set up a mail server in Settings first.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
  });

  it('sends by e-mail, and tells a queued send from a sent one', async () => {
    let outcome: SendOutcome = { outcome: 'sent' };
    const calls = await openTicket({
      mail_server: () => ({
        host: 'smtp.example.kz',
        port: 587,
        security: 'start_tls',
        username: null,
        from: 'tickets@example.kz',
      }),
      email_ticket: () => outcome,
    });
    const to = await screen.findByLabelText('Recipient’s e-mail');
    expect((to as HTMLInputElement).value).toBe('nurlan@example.kz');
    await fireEvent.input(to, { target: { value: 'aigerim@example.kz' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Sent to aigerim@example.kz.')).toBeTruthy();
    expect(callsOf(calls, 'email_ticket')).toEqual([
      { key: '70012345678901', to: 'aigerim@example.kz', lang: 'en' },
    ]);
    outcome = { outcome: 'queued', reason: 'connection refused' };
    await fireEvent.click(await screen.findByRole('button', { name: 'Send' }));
    expect(await screen.findByText(/It is queued.*Reason: connection refused/)).toBeTruthy();
  });

  it('moves the booking to the bin and goes back to the wallet with Undo', async () => {
    const calls = await openTicket({ remove_booking: () => null });
    expect(screen.getByText(/The booking has 2 tickets/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Move booking to bin' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My tickets' })).toBeTruthy();
    expect(screen.getByText('Booking KTZ7Q2 moved to the bin.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(callsOf(calls, 'remove_booking')).toEqual([{ key: row().booking_id }]);
  });

  it('speaks Kazakh, place names included', async () => {
    await openTicket();
    await fireEvent.click(screen.getByLabelText('Қазақша'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Астана Нұрлы жол');
    expect(screen.getByText('Қазақстан темір жолы')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'PDF сақтау…' })).toBeTruthy();
    expect(screen.getByText('Тариф')).toBeTruthy();
  });

  it('explains a ticket that is no longer in the wallet', async () => {
    await openTicket({
      ticket_detail: () => {
        throw { code: 'not_found', message: 'no booking' };
      },
    }).catch(() => undefined);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Nothing was found.');
  });
});

describe('refunding and exchanging a ticket', () => {
  it('shows the fee and the refund before anything is done, then the refund', async () => {
    let status: 'issued' | 'refunded' = 'issued';
    const calls = await openTicket({
      ticket_detail: () => detail({ row: row({ status }) }),
      refund_quote: () => quote(),
      refund: (): RefundOutcome => {
        status = 'refunded';
        return {
          outcome: 'refunded',
          refunded: 1_110_900,
          booking: {
            id: row().booking_id,
            reference: 'KTZ7Q2',
            carrier: 'KTZ',
            segments: [],
            passengers: [],
            tickets: [],
            purchase: { channel: 'sapar', label: 'Sapar' },
            created_at: '2026-11-20T09:12:00Z',
            contact_email: null,
          },
        };
      },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Refund…' }));
    await waitFor(() => byTest('refund-quote'));
    expect(callsOf(calls, 'refund_quote')).toEqual([{ key: '70012345678901' }]);
    expect(byTest('refund-fee').textContent).toBe(`1,000${NBSP}₸`);
    expect(byTest('refund-amount').textContent).toBe(`11,109${NBSP}₸`);
    const table = within(byTest('refund-quote')).getByRole('table');
    expect(table.textContent).toContain(`100${NBSP}% of the fare`);
    expect(table.textContent).toContain(`236${NBSP}₸`);
    expect(byTest('refund-quote').textContent).toContain('The carrier’s price holds until');
    expect(callsOf(calls, 'refund')).toEqual([]);
    const walletLoads = callsOf(calls, 'list_tickets').length;

    await fireEvent.click(screen.getByRole('button', { name: 'Confirm refund' }));
    await waitFor(() => byTest('refund-result'));
    expect(byTest('refund-result').textContent).toContain(
      `Refunded: 11,109${NBSP}₸ goes back to the card.`,
    );
    expect(callsOf(calls, 'refund')).toEqual([{ preview: quote() }]);
    // The wallet kept behind the ticket screen shows the new status when it is back.
    await waitFor(() => expect(callsOf(calls, 'list_tickets').length).toBeGreaterThan(walletLoads));
    await waitFor(() =>
      expect(document.querySelector('[data-status]')?.textContent).toBe('Refunded'),
    );
    expect(callsOf(calls, 'ticket_detail')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Refund…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Exchange for another trip…' })).toBeNull();
  });

  it('marks an offline estimate and queues the refund for the next sync', async () => {
    await openTicket({
      refund_quote: () =>
        quote({
          estimate: true,
          offer_id: null,
          expires_at: null,
          unreachable: 'KTZ cannot be reached now: connection refused',
        }),
      refund: (args): RefundOutcome => ({
        outcome: 'queued',
        reason: 'KTZ cannot be reached now: connection refused',
        entry: {
          id: 'ob-1',
          kind: 'refund',
          carrier: 'KTZ',
          booking_reference: 'KTZ7Q2',
          tickets: (args.preview as RefundPreview).tickets,
          accepted_tiyn: 1_110_900,
          estimate: true,
          offer_id: null,
          offer_tiyn: null,
          offer_key: 'k1',
          accept_key: 'k2',
          state: 'queued',
          attempts: 1,
          last_error: 'offline: connection refused',
          result_tiyn: null,
          created_at: '2026-11-24T10:00:00Z',
          updated_at: '2026-11-24T10:00:00Z',
        },
      }),
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Refund…' }));
    const panel = await waitFor(() => byTest('refund-quote'));
    expect(panel.textContent).toContain('Estimate — the carrier confirms when online.');
    expect(panel.textContent).toContain('connection refused');
    await fireEvent.click(byTest('refund-confirm'));
    await waitFor(() => byTest('refund-result'));
    expect(byTest('refund-result').textContent).toContain(
      'Queued: the refund is sent when Sapar is online.',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Open the Sync screen' }));
    expect(nav.route.name).toBe('sync');
  });

  it('explains a refund the carrier now prices lower', async () => {
    await openTicket({
      refund_quote: () => quote({ estimate: true, offer_id: null, expires_at: null }),
      refund: (): RefundOutcome => ({
        outcome: 'needs_confirmation',
        entry: {
          id: 'ob-2',
          kind: 'refund',
          carrier: 'KTZ',
          booking_reference: 'KTZ7Q2',
          tickets: ['70012345678901'],
          accepted_tiyn: 1_110_900,
          estimate: true,
          offer_id: 'ro-9',
          offer_tiyn: 1_000_000,
          offer_key: 'k1',
          accept_key: 'k2',
          state: 'needs_confirmation',
          attempts: 1,
          last_error: null,
          result_tiyn: null,
          created_at: '2026-11-24T10:00:00Z',
          updated_at: '2026-11-24T10:00:00Z',
        },
      }),
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Refund…' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Confirm refund' }));
    await waitFor(() => byTest('refund-result'));
    expect(byTest('refund-result').textContent).toContain(
      `The carrier now refunds 10,000${NBSP}₸, less than the 11,109${NBSP}₸ you accepted.`,
    );
    expect(screen.getByRole('button', { name: 'Open the Sync screen' })).toBeTruthy();
  });

  it('quotes the fare rule that closes refunds', async () => {
    await openTicket({
      refund_quote: () => {
        throw {
          code: 'refund_closed',
          message:
            'fare ktz-long-distance: online refunds close 60 minutes before departure; for ticket 70012345678901 that was 2026-12-01 20:40 (Asia/Almaty)',
        };
      },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Refund…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('can no longer be refunded online');
    expect(alert.textContent).toContain('online refunds close 60 minutes before departure');
    expect(screen.queryByRole('button', { name: 'Confirm refund' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Refund…' })).toBeTruthy();
  });

  it('closes the refund with Escape, having done nothing', async () => {
    const calls = await openTicket({ refund_quote: () => quote() });
    await fireEvent.click(screen.getByRole('button', { name: 'Refund…' }));
    const panel = await waitFor(() => byTest('refund-quote'));
    await fireEvent.keyDown(panel, { key: 'Escape' });
    expect(document.querySelector('[data-test="refund-quote"]')).toBeNull();
    expect(callsOf(calls, 'refund')).toEqual([]);
  });

  it('starts an exchange with a search of the same carrier, places and day', async () => {
    await openTicket();
    const button = screen.getByRole('button', { name: 'Exchange for another trip…' });
    expect(button.getAttribute('data-test')).toBe('exchange');
    expect(byTest('refund').textContent?.trim()).toBe('Refund…');
    await fireEvent.click(button);
    expect(nav.route).toEqual({
      name: 'search',
      exchange: {
        key: '70012345678901',
        carrier: 'KTZ',
        from: 'RALM2',
        to: 'RASTNZ',
        date: '2026-12-01',
        bookingId: row().booking_id,
        ticketNumber: '70012345678901',
      },
    });
  });

  it('offers neither refund nor exchange for a ticket that is not valid', async () => {
    await openTicket({ ticket_detail: () => detail({ row: row({ status: 'exchanged' }) }) });
    expect(screen.queryByRole('button', { name: 'Refund…' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Exchange for another trip…' })).toBeNull();
    expect(document.querySelector('[data-status]')?.textContent).toBe('Exchanged');
  });

  it('shows a delay and the platform next to the status', async () => {
    await openTicket({
      ticket_detail: () => detail({ row: row({ delay_minutes: 25, platform: '4' }) }),
    });
    const head = screen.getByRole('heading', { level: 1 }).closest('header')!;
    expect(head.textContent).toContain('Delayed by 25 min');
    expect(head.textContent).toContain('Platform 4');
  });
});

describe('an imported boarding pass', () => {
  const BCBP = 'M1ZHUMABAYEV/AIDAR    EABC123 ALANQZKC 0851 123Y012A0045 100';
  const PDF417_SVG =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 8"><rect width="20" height="8" fill="#fff"/><path fill="#000" d="M2 2h5v1h-5z"/></svg>';

  it('shows the barcode the airline issued when the ticket has no Sapar code', async () => {
    await openTicket({
      ticket_detail: () =>
        detail({
          qr_svg: null,
          original_barcode: { format: 'pdf417', text: BCBP, svg: PDF417_SVG },
        }),
    });
    const code = screen.getByRole('button', { name: 'Show the code full screen' });
    const img = within(code).getByRole('img') as HTMLImageElement;
    expect(decodeURIComponent(img.src)).toContain('viewBox="0 0 20 8"');
    expect(byTest('original-barcode').textContent).toContain('PDF417');
  });

  it('prints a barcode it cannot draw as its text', async () => {
    await openTicket({
      ticket_detail: () =>
        detail({
          qr_svg: null,
          original_barcode: { format: 'code128', text: '1234567890', svg: null },
        }),
    });
    expect(screen.queryByRole('button', { name: 'Show the code full screen' })).toBeNull();
    expect(byTest('original-barcode').textContent).toBe('1234567890');
    expect(screen.getByText(/Code 128/)).toBeTruthy();
  });
});
