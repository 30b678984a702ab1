import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import App from '../App.svelte';
import type { ImportedFile, Page, TicketRow } from '../lib/bindings';
import { nav } from '../lib/nav.svelte';
import { row } from '../testing/fixtures';
import { callsOf, fakeSapar } from '../testing/ipc';

const FILES: ImportedFile[] = [
  {
    name: 'boarding-pass.png',
    status: 'imported',
    references: ['ABC123'],
    reason_code: null,
    reason: null,
    notes: [],
    verdict: null,
  },
  {
    name: 'holiday.jpg',
    status: 'skipped',
    references: [],
    reason_code: 'no_code_in_image',
    reason: 'no barcode was found in the picture',
    notes: [],
    verdict: null,
  },
];

describe('importing tickets bought elsewhere', () => {
  it('imports the chosen files, says what became of each and reloads the wallet', async () => {
    let lists = 0;
    const calls = fakeSapar({
      list_tickets: () => {
        lists += 1;
        return { items: [row()], total: 1, offset: 0 } satisfies Page<TicketRow>;
      },
      import_ticket_files: () => FILES,
    });
    nav.go({ name: 'wallet' });
    render(App);
    await screen.findByText('ZHUMABAYEV Nurlan');
    const before = lists;
    await fireEvent.click(screen.getByRole('button', { name: 'Import tickets…' }));
    const report = await screen.findByRole('region', { name: 'Import' });
    expect(within(report).getByRole('status').textContent).toBe(
      'Imported: 1, updated: 0, already in the wallet: 0, skipped: 1',
    );
    expect(report.textContent).toContain('added (ABC123)');
    expect(report.textContent).toContain('not imported: no barcode found in the picture');
    expect(callsOf(calls, 'import_ticket_files')).toEqual([{ lang: 'en' }]);
    await screen.findByText('ZHUMABAYEV Nurlan');
    expect(lists).toBeGreaterThan(before);
  });

  it('does nothing when the dialog is cancelled', async () => {
    fakeSapar({
      list_tickets: () => ({ items: [row()], total: 1, offset: 0 }) satisfies Page<TicketRow>,
      import_ticket_files: () => null,
    });
    nav.go({ name: 'wallet' });
    render(App);
    await screen.findByText('ZHUMABAYEV Nurlan');
    await fireEvent.click(screen.getByRole('button', { name: 'Import tickets…' }));
    await screen.findByRole('button', { name: 'Import tickets…' });
    expect(screen.queryByRole('region', { name: 'Import' })).toBeNull();
  });
});

describe('the calendar of upcoming trips', () => {
  it('saves every upcoming trip as one calendar file and says where', async () => {
    const calls = fakeSapar({
      list_tickets: () => ({ items: [row()], total: 1, offset: 0 }) satisfies Page<TicketRow>,
      save_upcoming_calendar: () => '/home/aigerim/sapar-trips.ics',
    });
    nav.go({ name: 'wallet' });
    render(App);
    await screen.findByText('ZHUMABAYEV Nurlan');
    await fireEvent.click(screen.getByRole('button', { name: 'Add upcoming trips to calendar…' }));
    await screen.findByText(
      'Saved your upcoming trips for the calendar: /home/aigerim/sapar-trips.ics',
    );
    expect(callsOf(calls, 'save_upcoming_calendar')).toEqual([{ lang: 'en' }]);
  });
});
