import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
import type { CodeVerdict } from '../lib/bindings';
import { nav } from '../lib/nav.svelte';
import { claims, validVerdict } from '../testing/fixtures';
import { callsOf, fakeSapar, type Handler } from '../testing/ipc';

const CODE = 'SPR:NCFOXN%TSMAHN-HVN8J7UQMJ4/36 9-OE:1:L0K8D6V';

async function openVerify(handlers: Record<string, Handler>) {
  const calls = fakeSapar(handlers);
  nav.go({ name: 'verify' });
  render(App);
  await screen.findByRole('heading', { level: 1, name: 'Verify a ticket' });
  return calls;
}

describe('the verify screen', () => {
  it('asks for a code before checking anything', async () => {
    const calls = await openVerify({});
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('alert').textContent).toBe('Paste a ticket code first.');
    expect(callsOf(calls, 'verify_code')).toEqual([]);
  });

  it('shows a valid verdict with its explanation and the ticket it read', async () => {
    const calls = await openVerify({ verify_code: () => validVerdict('Genuine and in force.') });
    await fireEvent.input(screen.getByLabelText('Ticket code'), { target: { value: CODE } });
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const verdict = await screen.findByRole('article');
    expect(verdict.getAttribute('data-verdict')).toBe('valid');
    expect(verdict.className).toContain('tone-ok');
    expect(verdict.textContent).toContain('Valid ticket');
    expect(verdict.textContent).toContain('Genuine and in force.');
    expect(verdict.textContent).toContain('ZHUMABAYEV NURLAN');
    expect(verdict.textContent).toContain('RALM2 → RASTNZ');
    expect(verdict.textContent).toContain('Car 5, seat 12');
    expect(callsOf(calls, 'verify_code')).toEqual([{ code: CODE, tripNumber: null, lang: 'en' }]);
  });

  it('checks the trip number when one is given, and marks a wrong trip', async () => {
    const wrong: CodeVerdict = {
      verdict: {
        code: 'wrong_trip',
        expected: { trip_number: '10Ц', from: null, departure: null },
        actual: { trip_number: '002Ц', from: 'RALM2', departure: '2026-12-01T16:40:00Z' },
        ticket: claims(),
      },
      explanation: 'Another trip: the ticket is for 002Ц, the check is for 10Ц.',
    };
    const calls = await openVerify({ verify_code: () => wrong });
    await fireEvent.input(screen.getByLabelText('Ticket code'), { target: { value: CODE } });
    await fireEvent.input(screen.getByLabelText('Trip number (optional)'), {
      target: { value: ' 10Ц ' },
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const verdict = await screen.findByRole('article');
    expect(verdict.textContent).toContain('Another trip');
    expect(verdict.className).toContain('tone-bad');
    expect(callsOf(calls, 'verify_code')[0]?.tripNumber).toBe('10Ц');
  });

  it('shows a forged or unreadable code without ticket fields', async () => {
    await openVerify({
      verify_code: () => ({
        verdict: { code: 'malformed', why: { kind: 'not_ticket_code' } },
        explanation: 'This is not a Sapar ticket.',
      }),
    });
    await fireEvent.input(screen.getByLabelText('Ticket code'), { target: { value: 'hello' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const verdict = await screen.findByRole('article');
    expect(verdict.textContent).toContain('Not a ticket code');
    expect(verdict.textContent).not.toContain('What the ticket says');
  });

  it('verifies every code found in a picture, and does nothing when cancelled', async () => {
    let answer: CodeVerdict[] | null = null;
    const calls = await openVerify({ verify_picture: () => answer });
    await fireEvent.click(screen.getByRole('button', { name: 'Open a picture…' }));
    await waitFor(() => expect(callsOf(calls, 'verify_picture')).toHaveLength(1));
    expect(screen.queryByRole('article')).toBeNull();
    answer = [
      validVerdict(),
      {
        verdict: { code: 'unknown_carrier', ticket: claims({ carrier: 'XX' }) },
        explanation: 'No keys of carrier XX on this device.',
      },
    ];
    await fireEvent.click(screen.getByRole('button', { name: 'Open a picture…' }));
    expect(await screen.findByText('2 codes in the picture')).toBeTruthy();
    const [first, second] = screen.getAllByRole('article');
    expect(first?.textContent).toContain('Valid ticket');
    expect(second?.textContent).toContain('Cannot check: unknown carrier');
    expect(second?.className).toContain('tone-warn');
    expect(callsOf(calls, 'verify_picture')).toEqual([{ lang: 'en' }, { lang: 'en' }]);
  });

  it('asks again in Kazakh when the language changes', async () => {
    const calls = await openVerify({
      verify_code: (args) =>
        validVerdict(args.lang === 'kk' ? 'Билет жарамды.' : 'The ticket is valid.'),
    });
    await fireEvent.input(screen.getByLabelText('Ticket code'), { target: { value: CODE } });
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByText('The ticket is valid.');
    await fireEvent.click(screen.getByLabelText('Қазақша'));
    expect(await screen.findByText('Билет жарамды.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Билет жарамды');
    expect(callsOf(calls, 'verify_code').map((a) => a.lang)).toEqual(['en', 'kk']);
  });
});
