import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../App.svelte';
import type {
  CarrierInfo,
  OutboxEntry,
  RefundOutcome,
  SyncReport,
  SyncStatus,
} from '../lib/bindings';
import { nav } from '../lib/nav.svelte';
import { row } from '../testing/fixtures';
import { callsOf, fakeSapar, type Handler } from '../testing/ipc';

const NBSP = '\u00a0';

const KTZ: CarrierInfo = {
  code: 'KTZ',
  names: ['Қазақстан темір жолы', 'Казахстанские железные дороги', 'Kazakhstan Temir Zholy'],
  modes: ['rail'],
  base_url: 'http://127.0.0.1:40123/ktz',
  enabled: true,
  demo: true,
  key_in_keyring: false,
  profile_fetched_at: '2026-11-28T06:00:00Z',
  last_sync_at: '2026-11-28T06:30:00Z',
  last_sync_error: null,
};

const KC: CarrierInfo = {
  ...KTZ,
  code: 'KC',
  names: ['Эйр Астана', 'Эйр Астана', 'Air Astana'],
  modes: ['air'],
  demo: false,
  last_sync_at: '2026-11-27T12:00:00Z',
  last_sync_error: 'offline: connection refused',
};

/** A refund the person accepted at 9,000 ₸ that the carrier now prices at 8,000 ₸. */
function lowered(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id: '0190f5a2-aaaa-7000-8000-000000000001',
    kind: 'refund',
    carrier: 'KTZ',
    booking_reference: 'KTZ7Q2',
    tickets: [row().ticket_number],
    accepted_tiyn: 900_000,
    estimate: true,
    offer_id: 'ro-1',
    offer_tiyn: 800_000,
    offer_key: 'k1',
    accept_key: 'k2',
    state: 'needs_confirmation',
    attempts: 2,
    last_error: null,
    result_tiyn: null,
    created_at: '2026-11-27T08:00:00Z',
    updated_at: '2026-11-28T06:30:00Z',
    ...overrides,
  };
}

function status(overrides: Partial<SyncStatus> = {}): SyncStatus {
  return { carriers: [KTZ, KC], outbox: [], pending_payments: [], ...overrides };
}

async function openSync(handlers: Record<string, Handler>) {
  const calls = fakeSapar({ carriers: () => [KTZ, KC], ...handlers });
  nav.go({ name: 'sync' });
  render(App);
  await screen.findByRole('heading', { level: 1, name: 'Sync' });
  return calls;
}

function carrierRow(code: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(
    `[data-test="sync-carrier"][data-carrier="${code}"]`,
  );
  if (!found) throw new Error(`no row for ${code}`);
  return found;
}

describe('the sync screen', () => {
  it('shows each carrier’s last sync and a refund waiting for a decision', async () => {
    await openSync({
      sync_status: () =>
        status({
          outbox: [lowered()],
          pending_payments: [
            {
              carrier: 'KC',
              hold_id: 'H-5521',
              total: 4_250_000,
              attempts: 1,
              last_error: 'timeout: the carrier did not answer in time',
              created_at: '2026-11-28T06:00:00Z',
            },
          ],
        }),
    });
    await waitFor(() => carrierRow('KTZ'));
    expect(carrierRow('KTZ').textContent).toContain('Kazakhstan Temir Zholy');
    expect(carrierRow('KTZ').textContent).toContain('Demo');
    expect(carrierRow('KTZ').textContent).toContain('28 Nov 2026');
    expect(carrierRow('KTZ').textContent).toContain('Fine');
    expect(carrierRow('KC').textContent).toContain('Failed: offline: connection refused');

    const [entry] = screen
      .getAllByRole('listitem')
      .filter((li) => li.dataset.test === 'outbox-entry');
    expect(entry?.textContent).toContain('Booking KTZ7Q2 (Kazakhstan Temir Zholy)');
    expect(entry?.textContent).toContain('Waits for your decision');
    expect(entry?.textContent).toContain(`You accepted 9,000${NBSP}₸ (an estimate`);
    expect(entry?.textContent).toContain(`The carrier now refunds 8,000${NBSP}₸`);
    expect(screen.getByText(/Air Astana, hold H-5521: 42,500/)).toBeTruthy();
  });

  it('accepts the carrier’s lower price and shows the refund done', async () => {
    let outbox = [lowered()];
    const calls = await openSync({
      sync_status: () => status({ outbox }),
      accept_outbox_price: (): RefundOutcome => {
        outbox = [];
        return {
          outcome: 'refunded',
          refunded: 800_000,
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
    const accept = await screen.findByRole('button', { name: `Accept 8,000${NBSP}₸` });
    await fireEvent.click(accept);
    expect(
      await screen.findByText(
        'Refunded 8,000 ₸ for booking KTZ7Q2; the money goes back to the card.',
      ),
    ).toBeTruthy();
    expect(callsOf(calls, 'accept_outbox_price')).toEqual([{ id: lowered().id }]);
    expect(await screen.findByText('No refunds are waiting.')).toBeTruthy();
    expect(callsOf(calls, 'sync_status').length).toBeGreaterThanOrEqual(2);
  });

  it('withdraws a queued refund', async () => {
    let outbox = [lowered({ state: 'queued', offer_tiyn: null, last_error: 'offline: refused' })];
    const calls = await openSync({
      sync_status: () => status({ outbox }),
      cancel_outbox_entry: () => {
        outbox = [];
        return null;
      },
    });
    const withdraw = await screen.findByRole('button', {
      name: 'Withdraw the refund of booking KTZ7Q2',
    });
    expect(screen.queryByRole('button', { name: /^Accept/ })).toBeNull();
    expect(screen.getByText(/Last error: offline: refused/)).toBeTruthy();
    await fireEvent.click(withdraw);
    expect(
      await screen.findByText(
        'The refund of booking KTZ7Q2 was withdrawn; the ticket stays valid.',
      ),
    ).toBeTruthy();
    expect(callsOf(calls, 'cancel_outbox_entry')).toEqual([{ id: lowered().id }]);
  });

  it('syncs now and tells what changed, then reads the status again', async () => {
    let synced = false;
    const report: SyncReport = {
      purchases: [],
      outbox: [{ entry: lowered({ state: 'done', result_tiyn: 900_000 }), error: null }],
      carriers: [
        { carrier: 'KTZ', events: 2, revocations: 0, changes: 2, error_code: null, error: null },
        {
          carrier: 'KC',
          events: 0,
          revocations: 0,
          changes: 0,
          error_code: 'offline',
          error: 'KC cannot be reached now: connection refused',
        },
      ],
      changes: [
        {
          change: 'delay',
          carrier: 'KTZ',
          reference: 'KTZ7Q2',
          trip_number: '002Ц',
          from_code: 'RALM2',
          to_code: 'RASTNZ',
          departure_utc: '2026-12-01T10:40:00Z',
          delay_minutes: 40,
          previous_minutes: 0,
        },
        {
          change: 'platform',
          carrier: 'KTZ',
          reference: 'KTZ7Q2',
          trip_number: '002Ц',
          from_code: 'RALM2',
          platform: '2',
          previous: null,
        },
      ],
    };
    const calls = await openSync({
      sync_status: () =>
        status({
          carriers: [{ ...KTZ, last_sync_at: synced ? '2026-12-01T07:00:00Z' : null }, KC],
        }),
      sync_now: () => {
        synced = true;
        return report;
      },
      place_names: () => [
        { code: 'RALM2', names: { kk: 'Алматы-2', ru: 'Алматы-2', en: 'Almaty-2' } },
      ],
    });
    await waitFor(() => expect(carrierRow('KTZ').textContent).toContain('Not yet'));
    const button = screen.getByRole('button', { name: 'Sync now' });
    expect(button.getAttribute('data-test')).toBe('sync-now');
    await fireEvent.click(button);
    const news = await screen.findByRole('region', { name: 'What the latest sync brought' });
    const lines = within(news)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      `The refund of booking KTZ7Q2 went through: 9,000${NBSP}₸ back to the card.`,
      'KTZ7Q2: 002Ц from Almaty-2 on 1 Dec 2026 is delayed by 40 min.',
      'KTZ7Q2: 002Ц from Almaty-2 leaves from platform or gate 2.',
      'KC: sync failed — KC cannot be reached now: connection refused',
    ]);
    await waitFor(() => expect(carrierRow('KTZ').textContent).toContain('1 Dec 2026'));
    expect(callsOf(calls, 'sync_now')).toHaveLength(1);
  });

  it('says so when a sync brought nothing, in Russian too', async () => {
    await openSync({
      sync_status: () => status(),
      sync_now: () => ({ purchases: [], outbox: [], carriers: [], changes: [] }),
    });
    await fireEvent.click(screen.getByLabelText('Русский'));
    await fireEvent.click(screen.getByRole('button', { name: 'Синхронизировать' }));
    expect(await screen.findByText('От перевозчиков ничего нового.')).toBeTruthy();
    expect(screen.getByText('Казахстанские железные дороги')).toBeTruthy();
  });

  it('reads the screen again when a background sync changed something', async () => {
    const listeners: number[] = [];
    let outbox: OutboxEntry[] = [];
    await openSync({
      sync_status: () => status({ outbox }),
      'plugin:event|listen': (args) => {
        listeners.push(Number(args.handler));
        return args.handler;
      },
      'plugin:event|unlisten': () => null,
    });
    expect(await screen.findByText('No refunds are waiting.')).toBeTruthy();
    await waitFor(() => expect(listeners.length).toBeGreaterThanOrEqual(2));
    outbox = [lowered()];
    const report: SyncReport = {
      purchases: [],
      outbox: [{ entry: lowered(), error: null }],
      carriers: [],
      changes: [],
    };
    const internals = (
      window as unknown as {
        __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void };
      }
    ).__TAURI_INTERNALS__;
    for (const id of listeners)
      internals.runCallback(id, { event: 'synced', id, payload: { report } });
    expect(await screen.findByRole('button', { name: `Accept 8,000${NBSP}₸` })).toBeTruthy();
    expect(screen.getByText(/Refund of booking KTZ7Q2: the carrier now offers/)).toBeTruthy();
  });
});
