// What the window does once it opens: a new install (no carrier set up, an empty
// wallet) starts on the welcome screen; Rust learns the UI language for the
// notifications it shows; a background sync that changed something reloads the wallet
// and says so at the bottom of the window.
import { locale } from '../i18n/locale.svelte';
import { commands, events, type SyncReport } from './bindings';
import { listening } from './events';
import { call } from './ipc';
import { nav, walletView } from './nav.svelte';
import { notice } from './notice.svelte';

/** Whether this looks like the first start: no carrier and no ticket at all. */
export async function isNewInstall(): Promise<boolean> {
  const carriers = await call(commands.carriers());
  if (carriers.status !== 'ok' || carriers.data.length > 0) return false;
  for (const past of [false, true]) {
    const page = await call(commands.listTickets(past, 0, 1));
    if (page.status !== 'ok' || page.data.total > 0) return false;
  }
  return true;
}

/** How many things a sync round changed that a person would want to know of. */
export function changesIn(report: SyncReport): number {
  const purchases = report.purchases.filter((p) => p.outcome.outcome === 'completed').length;
  const refunds = report.outbox.filter((o) => o.entry.state === 'done').length;
  return report.changes.length + purchases + refunds;
}

/** Starts what runs for the life of the window; returns what stops it. */
export function startApp(): () => void {
  let stopped = false;
  void isNewInstall().then((fresh) => {
    if (fresh && !stopped && nav.route.name === 'wallet') nav.go({ name: 'welcome' });
  });
  const stopListening = listening(
    events.synced.listen(({ payload }) => {
      walletView.reloads += 1;
      const n = changesIn(payload.report);
      if (n > 0) notice.show({ text: locale.t('ui-sync-changed', { count: n }) });
    }),
  );
  return () => {
    stopped = true;
    stopListening();
  };
}
