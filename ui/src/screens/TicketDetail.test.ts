import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../App.svelte';
import type { SendOutcome } from '../lib/bindings';
import { nav } from '../lib/nav.svelte';
import { detail, row } from '../testing/fixtures';
import { callsOf, fakeSapar, type Handler } from '../testing/ipc';

const NBSP = '\u00a0';

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
