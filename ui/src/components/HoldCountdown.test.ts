import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import HoldCountdown from './HoldCountdown.svelte';

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

describe('the hold countdown', () => {
  it('shows minutes and seconds left, without a warning while there is time', () => {
    render(HoldCountdown, { expiresAt: inSeconds(10 * 60), onrestart: () => {} });
    expect(screen.getByRole('timer').textContent).toMatch(/^(10:00|09:59)$/);
    expect(screen.getByRole('status').textContent).toContain('held for you');
  });

  it('warns in the last two minutes', () => {
    render(HoldCountdown, { expiresAt: inSeconds(95), onrestart: () => {} });
    expect(screen.getByRole('timer').textContent).toMatch(/^01:3[45]$/);
    expect(screen.getByRole('status').textContent).toContain('Less than two minutes left');
  });

  it('counts down as time passes and says when the seats went back on sale', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-01T10:00:00Z') });
    try {
      const onexpired = vi.fn();
      const onrestart = vi.fn();
      render(HoldCountdown, { expiresAt: '2026-12-01T10:00:03Z', onexpired, onrestart });
      expect(screen.getByRole('timer').textContent).toBe('00:03');
      await vi.advanceTimersByTimeAsync(1000);
      expect(screen.getByRole('timer').textContent).toBe('00:02');
      expect(onexpired).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(2000);
      expect(screen.queryByRole('timer')).toBeNull();
      expect(screen.getByRole('alert').textContent).toBe(
        'Time is up: the seats went back on sale. Nothing was paid.',
      );
      expect(onexpired).toHaveBeenCalledTimes(1);
      await fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
      expect(onrestart).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the hold as lapsed when the carrier says so, whatever the clock says', () => {
    render(HoldCountdown, { expiresAt: inSeconds(600), lapsed: true, onrestart: () => {} });
    expect(screen.getByRole('alert').textContent).toContain('went back on sale');
  });
});
