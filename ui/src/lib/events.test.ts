import { describe, expect, it, vi } from 'vitest';
import { listening } from './events';

describe('listening to Sapar’s events', () => {
  it('stops every listener once it is in place', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const stop = listening(Promise.resolve(first), Promise.resolve(second));
    await Promise.resolve();
    await Promise.resolve();
    expect(first).not.toHaveBeenCalled();
    stop();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('stops a listener that arrives after the screen is gone', async () => {
    const late = vi.fn();
    let arrive: (stop: () => void) => void = () => {};
    const stop = listening(new Promise<() => void>((resolve) => (arrive = resolve)));
    stop();
    arrive(late);
    await vi.waitFor(() => expect(late).toHaveBeenCalledTimes(1));
  });

  it('does nothing where there are no events', async () => {
    const stop = listening(Promise.reject(new Error('no event system')));
    await Promise.resolve();
    expect(() => stop()).not.toThrow();
  });
});
