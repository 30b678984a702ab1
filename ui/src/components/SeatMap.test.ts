import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import SeatMap from './SeatMap.svelte';
import { locale } from '../i18n/locale.svelte';
import type { SeatInfo, SeatMap as SeatMapData } from '../lib/bindings';

const NBSP = '\u00a0';

/** An Airbus A321neo economy cabin, rows 11-13 (12 is the exit row), 12A taken. */
function cabin(): SeatMapData {
  const seats: SeatInfo[] = [11, 12, 13].flatMap((row) =>
    [...'ABCDEF'].map((letter) => ({
      number: `${row}${letter}`,
      berth: null,
      available: `${row}${letter}` !== '12A',
      price_difference: row === 12 ? 600_000 : 0,
      features: [
        letter === 'A' || letter === 'F' ? 'window' : 'aisle',
        ...(row === 12 ? ['exit_row'] : []),
      ],
    })),
  );
  return {
    trip_id: 'KC-851-2026-12-01',
    carriages: [
      {
        number: 'economy',
        service_class: 'economy',
        service_class_name: { kk: 'Эконом', ru: 'Эконом', en: 'Economy' },
        seats,
      },
    ],
  };
}

describe('an aircraft seat map', () => {
  it('draws rows by letter, with what each seat costs more', () => {
    render(SeatMap, {
      map: cabin(),
      serviceClass: 'economy',
      mode: 'air',
      picks: [],
      seated: [0],
      onpick: () => {},
    });
    expect(screen.queryAllByRole('tab')).toHaveLength(0);
    const cabinGroup = screen.getByRole('group', { name: 'Economy' });
    const numbers = [...cabinGroup.querySelectorAll<HTMLElement>('[data-test="seat"]')].map(
      (b) => b.dataset.number,
    );
    expect(numbers.slice(0, 6)).toEqual(['11A', '11B', '11C', '11D', '11E', '11F']);
    const exit = screen.getByRole('button', { name: /^Seat 12F/ });
    expect(exit.getAttribute('aria-label')).toBe(`Seat 12F, window, exit row, +6,000${NBSP}₸`);
    expect(exit.textContent).toContain(`+6,000${NBSP}₸`);
    expect((screen.getByRole('button', { name: /^Seat 12A/ }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('gives the picked seat without a carriage, and names it in Russian', async () => {
    locale.set('ru');
    const onpick = vi.fn();
    render(SeatMap, {
      map: cabin(),
      serviceClass: 'economy',
      mode: 'air',
      picks: [],
      seated: [0],
      onpick,
    });
    const seat = screen.getByRole('button', { name: /^Место 13C/ });
    expect(seat.getAttribute('aria-label')).toBe(`Место 13C, у прохода, +0${NBSP}₸`);
    await fireEvent.click(seat);
    expect(onpick).toHaveBeenCalledWith({
      carriage: 'economy',
      seat: '13C',
      berth: null,
      price_difference: 0,
    });
  });
});
