// Listening to the events Sapar's Rust side sends (a background sync, dropped files)
// for as long as a screen or the window is shown.

/**
 * Starts the listeners and returns what stops them all, even when called before a
 * listener is in place. Outside Sapar's window (unit tests) there are no events, and
 * nothing happens.
 */
export function listening(...listeners: Promise<() => void>[]): () => void {
  let stopped = false;
  const stops: (() => void)[] = [];
  for (const pending of listeners) {
    pending
      .then((stop) => (stopped ? stop() : stops.push(stop)))
      .catch(() => {
        // No event system here: nothing to listen to.
      });
  }
  return () => {
    stopped = true;
    for (const stop of stops) stop();
  };
}
