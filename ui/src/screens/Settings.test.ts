import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../App.svelte';
import type { CarrierInfo, MailServer } from '../lib/bindings';
import { locale } from '../i18n/locale.svelte';
import { nav } from '../lib/nav.svelte';
import { callsOf, fakeSapar, type Handler } from '../testing/ipc';

const SERVER: MailServer = {
  host: 'smtp.example.kz',
  port: 465,
  security: 'tls',
  username: 'tickets',
  from: 'tickets@example.kz',
};

async function openSettings(handlers: Record<string, Handler> = {}) {
  const calls = fakeSapar({
    mail_server: () => null,
    queued_mail: () => [],
    data_folder: () => '/home/aigerim/.local/share/sapar',
    carriers: () => [],
    ...handlers,
  });
  nav.go({ name: 'settings' });
  render(App);
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return calls;
}

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
  base_url: 'https://api.airastana.kz/sapar',
  demo: false,
  key_in_keyring: true,
  last_sync_at: null,
  last_sync_error: 'offline: connection refused',
};

function carriersSection(): HTMLElement {
  return screen.getByRole('region', { name: 'Carriers' });
}

function field(name: string): HTMLInputElement {
  return screen.getByLabelText(name) as HTMLInputElement;
}

describe('the settings screen', () => {
  it('shows the saved mail server, never its password', async () => {
    await openSettings({ mail_server: () => SERVER });
    await waitFor(() => expect(field('Server').value).toBe('smtp.example.kz'));
    expect(field('Port').value).toBe('465');
    expect((screen.getByLabelText('Security') as HTMLSelectElement).value).toBe('tls');
    expect(field('User name').value).toBe('tickets');
    expect(field('Password').value).toBe('');
    expect(field('Sender address').value).toBe('tickets@example.kz');
  });

  it('saves the server and says the password went to the keyring', async () => {
    const calls = await openSettings({ save_mail_server: () => true });
    await fireEvent.input(field('Server'), { target: { value: ' smtp.mail.kz ' } });
    await fireEvent.input(field('User name'), { target: { value: 'aigerim' } });
    await fireEvent.input(field('Password'), { target: { value: 's3cret' } });
    await fireEvent.input(field('Sender address'), { target: { value: 'aigerim@mail.kz' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved. The password is in the system keyring.')).toBeTruthy();
    expect(callsOf(calls, 'save_mail_server')).toEqual([
      {
        server: {
          host: 'smtp.mail.kz',
          port: 587,
          security: 'start_tls',
          username: 'aigerim',
          from: 'aigerim@mail.kz',
        },
        password: 's3cret',
      },
    ]);
    expect(field('Password').value).toBe('');
  });

  it('warns when the keyring did not take the password', async () => {
    await openSettings({ mail_server: () => SERVER, save_mail_server: () => false });
    await waitFor(() => expect(field('Server').value).toBe('smtp.example.kz'));
    await fireEvent.input(field('Password'), { target: { value: 'x' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/set SAPAR_SMTP_PASSWORD/)).toBeTruthy();
  });

  it('marks wrong fields and saves nothing', async () => {
    const calls = await openSettings();
    await fireEvent.input(field('Port'), { target: { value: '70000' } });
    await fireEvent.input(field('Sender address'), { target: { value: 'not an address' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(field('Server').getAttribute('aria-invalid')).toBe('true');
    expect(field('Port').getAttribute('aria-invalid')).toBe('true');
    expect(field('Sender address').getAttribute('aria-invalid')).toBe('true');
    expect(field('User name').getAttribute('aria-invalid')).toBeNull();
    expect(callsOf(calls, 'save_mail_server')).toEqual([]);
  });

  it('moves the port with the security setting unless the user typed another', async () => {
    await openSettings();
    const security = screen.getByLabelText('Security');
    await fireEvent.change(security, { target: { value: 'tls' } });
    expect(field('Port').value).toBe('465');
    await fireEvent.input(field('Port'), { target: { value: '2525' } });
    await fireEvent.change(security, { target: { value: 'start_tls' } });
    expect(field('Port').value).toBe('2525');
  });

  it('lists sends waiting in the queue and tries them again', async () => {
    let waiting = [
      {
        id: '1',
        key: '72014986531',
        to: 'aigerim@example.kz',
        lang: 'kk' as const,
        attempts: 2,
        last_error: 'connection refused',
      },
    ];
    const calls = await openSettings({
      queued_mail: () => waiting,
      retry_queued_mail: () => {
        const done = waiting.map((mail) => ({ mail, outcome: { outcome: 'sent' }, error: null }));
        waiting = [];
        return done;
      },
    });
    expect(await screen.findByText(/72014986531 → aigerim@example.kz \(tries: 2\)/)).toBeTruthy();
    expect(screen.getByText('connection refused')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Try again now' }));
    expect(await screen.findByText('Sent: 72014986531 → aigerim@example.kz')).toBeTruthy();
    expect(await screen.findByText('Nothing is waiting: every e-mail was sent.')).toBeTruthy();
    expect(callsOf(calls, 'retry_queued_mail')).toHaveLength(1);
  });

  it('exports and imports the wallet, and shows the data folder', async () => {
    let chosen = true;
    const calls = await openSettings({
      export_wallet: () =>
        chosen
          ? { path: '/media/usb/sapar-wallet.json', bookings: 3, tickets: 5, bytes: 12_000 }
          : null,
      import_wallet: () => ({ added: 2, updated: 1, unchanged: 4 }),
    });
    expect(await screen.findByText('/home/aigerim/.local/share/sapar')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Export the wallet…' }));
    expect(
      await screen.findByText('Written: /media/usb/sapar-wallet.json (bookings: 3, tickets: 5).'),
    ).toBeTruthy();
    chosen = false;
    await fireEvent.click(screen.getByRole('button', { name: 'Export the wallet…' }));
    await waitFor(() => expect(callsOf(calls, 'export_wallet')).toHaveLength(2));
    expect(screen.queryByText(/^Written:/)).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Import a backup…' }));
    expect(
      await screen.findByText('Imported. New bookings: 2, updated: 1, already here: 4.'),
    ).toBeTruthy();
    expect(callsOf(calls, 'import_wallet')).toEqual([{ lang: 'en' }]);
  });

  it('explains a backup file that is not one', async () => {
    await openSettings({
      import_wallet: () => {
        throw { code: 'bad_export_file', message: 'not json' };
      },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Import a backup…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('not a Sapar wallet backup');
  });

  it('switches the language from the settings too', async () => {
    await openSettings();
    const group = screen.getByRole('heading', { name: 'Language' }).parentElement!;
    await fireEvent.click(within(group).getByLabelText('Русский'));
    expect(locale.lang).toBe('ru');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Настройки');
    expect(screen.getByRole('heading', { name: 'Почтовый сервер' })).toBeTruthy();
  });
});

describe('the carriers in the settings', () => {
  it('lists each carrier with its badge, modes and last sync', async () => {
    await openSettings({ carriers: () => [KTZ, KC] });
    const section = carriersSection();
    const ktz = (await within(section).findByText('Kazakhstan Temir Zholy')).closest('li')!;
    expect(ktz.getAttribute('data-carrier')).toBe('KTZ');
    expect(within(ktz).getByText('Demo')).toBeTruthy();
    expect(ktz.textContent).toContain('Train');
    expect(ktz.textContent).toContain('Last sync: 28 Nov 2026');
    const kc = within(section).getByText('Air Astana').closest('li')!;
    expect(within(kc).queryByText('Demo')).toBeNull();
    expect(kc.textContent).toContain('Not synced yet');
    expect(kc.textContent).toContain('Last sync failed: offline: connection refused');
  });

  it('turns a carrier off, and removes one only after a confirmation', async () => {
    let list = [KTZ, KC];
    const calls = await openSettings({
      carriers: () => list,
      set_carrier_enabled: (args) => {
        list = list.map((c) =>
          c.code === args.code ? { ...c, enabled: Boolean(args.enabled) } : c,
        );
        return null;
      },
      remove_carrier: (args) => {
        list = list.filter((c) => c.code !== args.code);
        return null;
      },
    });
    const toggle = await screen.findByRole('switch', {
      name: 'Use Air Astana in searches and syncs',
    });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(toggle);
    expect(await screen.findByText('Air Astana is left out of searches and syncs.')).toBeTruthy();
    expect(callsOf(calls, 'set_carrier_enabled')).toEqual([{ code: 'KC', enabled: false }]);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(false));

    await fireEvent.click(screen.getByRole('button', { name: 'Remove carrier Air Astana' }));
    expect(screen.getByRole('alert').textContent).toContain('Remove Air Astana?');
    expect(callsOf(calls, 'remove_carrier')).toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Remove carrier Air Astana' }));
    await fireEvent.click(within(carriersSection()).getByRole('button', { name: 'Remove' }));
    expect(
      await screen.findByText('Carrier Air Astana removed. Its tickets stay in the wallet.'),
    ).toBeTruthy();
    expect(callsOf(calls, 'remove_carrier')).toEqual([{ code: 'KC' }]);
    await waitFor(() => expect(within(carriersSection()).queryByText('Air Astana')).toBeNull());
  });

  it('marks a mistyped carrier form and sends nothing', async () => {
    const calls = await openSettings();
    await fireEvent.input(screen.getByLabelText('Carrier code'), { target: { value: 'K' } });
    await fireEvent.input(screen.getByLabelText('Service address'), {
      target: { value: 'api.airastana.kz' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Add the carrier' }));
    const code = screen.getByLabelText('Carrier code');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Service address').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('API key').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(code);
    expect(screen.getByText('A carrier code is 2 to 8 Latin letters or digits.')).toBeTruthy();
    expect(callsOf(calls, 'add_carrier')).toEqual([]);
  });

  it('explains details Sapar refused, then adds the carrier', async () => {
    let list: CarrierInfo[] = [];
    const calls = await openSettings({
      carriers: () => list,
      add_carrier: (args) => {
        if (args.code === 'KTZ')
          throw {
            code: 'invalid_input',
            message: "KTZ is one of Sapar's demo carriers; remove it first to add the real one",
          };
        list = [KC];
        return { carrier: KC, profile_error: null };
      },
    });
    await within(carriersSection()).findByText(/No carrier is set up/);
    await fireEvent.input(screen.getByLabelText('Carrier code'), { target: { value: 'KTZ' } });
    await fireEvent.input(screen.getByLabelText('Service address'), {
      target: { value: 'https://api.railways.kz/sapar' },
    });
    await fireEvent.input(screen.getByLabelText('API key'), { target: { value: 'sk-1' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add the carrier' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The carrier was not added');
    expect(alert.textContent).toContain('Check the code, the address and the key.');
    expect(alert.textContent).toContain('remove it first to add the real one');

    await fireEvent.input(screen.getByLabelText('Carrier code'), { target: { value: 'KC' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add the carrier' }));
    expect(
      await screen.findByText(
        'Carrier Air Astana added. Its fare rules and signing keys are saved for offline use.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(callsOf(calls, 'add_carrier')[1]).toEqual({
      code: 'KC',
      baseUrl: 'https://api.railways.kz/sapar',
      apiKey: 'sk-1',
    });
    expect(await within(carriersSection()).findByText('Air Astana')).toBeTruthy();
  });
});
