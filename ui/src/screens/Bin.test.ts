import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
import type { BookingHeader } from '../lib/bindings';
import { callsOf, fakeSapar } from '../testing/ipc';

const BINNED: BookingHeader = {
  id: '0193-talgo',
  reference: '52918374',
  carrier: 'KTZ',
  route: ['RASTNZ', 'RALM2'],
  first_departure_utc: '2026-12-01T16:40:00Z',
  passengers: ['ZHUMABAYEVA AIGERIM', 'ZHUMABAYEV ALIKHAN'],
  tickets: 2,
  deleted_at: '2026-11-28T10:05:00Z',
};

describe('the bin', () => {
  it('lists removed bookings and restores one', async () => {
    let bin = [BINNED];
    const calls = fakeSapar({
      list_tickets: () => ({ items: [], total: 0, offset: 0 }),
      bin: () => bin,
      restore_booking: () => {
        bin = [];
        return null;
      },
    });
    render(App);
    await fireEvent.click(await screen.findByRole('button', { name: 'Bin' }));
    expect(await screen.findByText('KTZ 52918374')).toBeTruthy();
    expect(screen.getByText('RASTNZ → RALM2')).toBeTruthy();
    expect(screen.getByText('2026-12-01 16:40')).toBeTruthy();
    expect(screen.getByText('ZHUMABAYEVA AIGERIM, ZHUMABAYEV ALIKHAN')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Restore booking 52918374' }));
    expect(await screen.findByText('The bin is empty.')).toBeTruthy();
    expect(screen.getByText('Booking 52918374 is back in the wallet.')).toBeTruthy();
    expect(callsOf(calls, 'restore_booking')).toEqual([{ key: '0193-talgo' }]);
  });

  it('empties the bin only after a second, explicit yes', async () => {
    let bin = [BINNED];
    const calls = fakeSapar({
      list_tickets: () => ({ items: [], total: 0, offset: 0 }),
      bin: () => bin,
      empty_bin: () => {
        const n = bin.length;
        bin = [];
        return n;
      },
    });
    render(App);
    await fireEvent.click(await screen.findByRole('button', { name: 'Bin' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Empty the bin…' }));
    expect(screen.getByRole('alert').textContent).toContain('cannot be restored');
    await fireEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(callsOf(calls, 'empty_bin')).toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Empty the bin…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
    expect(await screen.findByText('Bookings deleted: 1.')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('The bin is empty.')).toBeTruthy());
    expect(callsOf(calls, 'empty_bin')).toHaveLength(1);
  });
});
