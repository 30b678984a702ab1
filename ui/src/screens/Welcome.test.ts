import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../App.svelte';
import type { CarrierInfo } from '../lib/bindings';
import { locale } from '../i18n/locale.svelte';
import { nav } from '../lib/nav.svelte';
import { callsOf, fakeSapar, type Handler } from '../testing/ipc';

/** A demo carrier as Rust lists it once the demo carriers run. */
function demo(code: string, names: [string, string, string], modes: CarrierInfo['modes']) {
  return {
    code,
    names,
    modes,
    base_url: `http://127.0.0.1:40123/${code.toLowerCase()}`,
    enabled: true,
    demo: true,
    key_in_keyring: false,
    profile_fetched_at: '2026-11-28T06:00:00Z',
    last_sync_at: null,
    last_sync_error: null,
  } satisfies CarrierInfo;
}

const DEMO: CarrierInfo[] = [
  demo(
    'KTZ',
    ['Қазақстан темір жолы', 'Казахстанские железные дороги', 'Kazakhstan Temir Zholy'],
    ['rail'],
  ),
  demo('KC', ['Эйр Астана', 'Эйр Астана', 'Air Astana'], ['air']),
  demo('FS', ['FlyArystan', 'FlyArystan', 'FlyArystan'], ['air']),
  demo('DALA', ['Dala Bus', 'Dala Bus', 'Dala Bus'], ['bus']),
];

async function openWelcome(handlers: Record<string, Handler> = {}) {
  let running = false;
  const calls = fakeSapar({
    start_demo_carriers: () => {
      running = true;
      return DEMO.map((c) => c.code);
    },
    carriers: () => (running ? DEMO : []),
    list_tickets: () => ({ items: [], total: 0, offset: 0 }),
    ...handlers,
  });
  nav.go({ name: 'welcome' });
  render(App);
  await screen.findByRole('heading', { level: 1, name: 'Welcome to Sapar' });
  return calls;
}

function demoSection(): HTMLElement {
  return screen.getByRole('region', { name: 'Demo carriers are on' });
}

describe('the welcome screen', () => {
  it('starts the demo carriers and lists them, each marked Demo', async () => {
    const calls = await openWelcome();
    expect(await within(demoSection()).findByText('Kazakhstan Temir Zholy')).toBeTruthy();
    expect(callsOf(calls, 'start_demo_carriers')).toHaveLength(1);
    const section = demoSection();
    for (const name of ['Air Astana', 'FlyArystan', 'Dala Bus']) {
      expect(within(section).getByText(name)).toBeTruthy();
    }
    expect(within(section).getAllByText('Demo')).toHaveLength(4);
    expect(section.textContent).toContain('nothing real is bought');
    expect(section.textContent).toContain('4242 4242 4242 4242');
  });

  it('switches the whole window to the language chosen', async () => {
    await openWelcome();
    await within(demoSection()).findByText('Kazakhstan Temir Zholy');
    const choices = document.querySelectorAll('[data-test="welcome-lang"]');
    expect([...choices].map((c) => c.getAttribute('data-lang'))).toEqual(['kk', 'ru', 'en']);
    await fireEvent.click(screen.getByRole('button', { name: 'Русский' }));
    expect(locale.lang).toBe('ru');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Добро пожаловать в Sapar');
    expect(screen.getByText('Казахстанские железные дороги')).toBeTruthy();
    expect(screen.getAllByText('Демо')).toHaveLength(4);
    expect(screen.getByRole('button', { name: 'Русский' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Қазақша' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sapar-ға қош келдіңіз');
    expect(screen.getByRole('button', { name: 'Бастау: сапар іздеу' })).toBeTruthy();
  });

  it('adds a real carrier, warning when it cannot be reached now', async () => {
    let added: CarrierInfo[] = [];
    const calls = await openWelcome({
      carriers: () => [...DEMO, ...added],
      add_carrier: (args) => {
        const carrier: CarrierInfo = {
          ...demo('QAZ', ['Qazaq Air', 'Qazaq Air', 'Qazaq Air'], ['air']),
          base_url: String(args.baseUrl),
          demo: false,
          key_in_keyring: true,
          profile_fetched_at: null,
        };
        added = [carrier];
        return { carrier, profile_error: 'QAZ cannot be reached now: connection refused' };
      },
    });
    await within(demoSection()).findByText('Kazakhstan Temir Zholy');
    await fireEvent.input(screen.getByLabelText('Carrier code'), { target: { value: 'qaz' } });
    await fireEvent.input(screen.getByLabelText('Service address'), {
      target: { value: 'https://api.qazaqair.kz/sapar/' },
    });
    await fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'sk-live-7f3a' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add the carrier' }));
    const warning = await screen.findByText(/Carrier Qazaq Air added, but it could not be reached/);
    expect(warning.textContent).toContain('connection refused');
    expect(callsOf(calls, 'add_carrier')).toEqual([
      { code: 'qaz', baseUrl: 'https://api.qazaqair.kz/sapar/', apiKey: 'sk-live-7f3a' },
    ]);
    await waitFor(() => expect(within(demoSection()).getByText('Qazaq Air')).toBeTruthy());
    expect(within(demoSection()).getAllByText('Demo')).toHaveLength(4);
    expect((screen.getByLabelText('API key') as HTMLInputElement).value).toBe('');
  });

  it('says why the demo carriers did not start, and tries again', async () => {
    let failing = true;
    const calls = await openWelcome({
      start_demo_carriers: () => {
        if (failing) throw { code: 'offline', message: 'the demo carriers could not start' };
        return DEMO.map((c) => c.code);
      },
      carriers: () => (failing ? [] : DEMO),
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No connection');
    failing = false;
    await fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(demoSection()).findByText('Air Astana')).toBeTruthy();
    expect(callsOf(calls, 'start_demo_carriers')).toHaveLength(2);
  });

  it('starts with a search', async () => {
    await openWelcome();
    const start = screen.getByRole('button', { name: 'Start: find a trip' });
    expect(start.getAttribute('data-test')).toBe('welcome-start');
    await fireEvent.click(start);
    expect(nav.route.name).toBe('search');
  });
});
