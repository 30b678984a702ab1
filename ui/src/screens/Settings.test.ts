import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../App.svelte';
import type { MailServer } from '../lib/bindings';
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
    ...handlers,
  });
  nav.go({ name: 'settings' });
  render(App);
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  return calls;
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
