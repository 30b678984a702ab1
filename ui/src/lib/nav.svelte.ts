// Which screen the window shows. The wallet keeps its view (past or upcoming, page,
// search) while a ticket is open, so going back lands where the user was.
import type { TicketDetail } from './bindings';

/** A screen and what it shows. */
export type Route =
  | { name: 'wallet' }
  | {
      name: 'ticket';
      bookingId: string;
      ticketNumber: string;
      /** The ticket, when it was read before the screen changed. */
      loaded?: TicketDetail;
    }
  | { name: 'bin' }
  | { name: 'verify' }
  | { name: 'settings' };

/** The sections of the top bar. */
export type Section = 'wallet' | 'verify' | 'settings';

class Navigation {
  route = $state<Route>({ name: 'wallet' });

  /** Shows another screen. */
  go(route: Route): void {
    this.route = route;
  }

  /** The top-bar section a screen belongs to. */
  get section(): Section {
    switch (this.route.name) {
      case 'verify':
        return 'verify';
      case 'settings':
        return 'settings';
      default:
        return 'wallet';
    }
  }
}

/** The window's navigation. */
export const nav = new Navigation();

/** The wallet screen's view, kept across screens. */
class WalletView {
  past = $state(false);
  offset = $state(0);
  query = $state('');
  /** Bumped to load the list again (after a booking was removed or restored). */
  reloads = $state(0);

  /** Back to the first page of upcoming trips, with no search. */
  reset(): void {
    this.past = false;
    this.offset = 0;
    this.query = '';
  }
}

/** The wallet's view. */
export const walletView = new WalletView();
