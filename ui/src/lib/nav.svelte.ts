// Which screen the window shows. The wallet keeps its view (past or upcoming, page,
// search) while a ticket is open, so going back lands where the user was.
import type { FoundOffer, TicketDetail } from './bindings';

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
  | { name: 'settings' }
  /** The first screen of a new install: language, demo carriers, adding a carrier. */
  | { name: 'welcome' }
  /**
   * Finding a trip. With `exchange`, the trip replaces the tickets of a booking: only
   * its carrier is searched and picking an offer leads to the exchange quote.
   */
  | { name: 'search'; exchange?: ExchangeTarget }
  /** Buying an offer: seats, passengers, payment, the tickets. */
  | { name: 'book'; offer: FoundOffer }
  /** The exchange of a booking's tickets for the trip of `offer`: quote, then confirm. */
  | { name: 'exchange'; target: ExchangeTarget; offer: FoundOffer }
  | { name: 'sync' };

/** What an exchange replaces: a ticket (by number) or a booking (by reference). */
export interface ExchangeTarget {
  /** The ticket number or booking reference the exchange is asked for. */
  key: string;
  /** The booking's carrier: the new trip is of the same carrier. */
  carrier: string;
  /** Where the old trip went from and to (place codes) and its date, to search again. */
  from: string;
  to: string;
  date: string;
  /** To return to the ticket afterwards. */
  bookingId: string;
  ticketNumber: string;
}

/** The sections of the top bar. */
export type Section = 'search' | 'wallet' | 'sync' | 'verify' | 'settings';

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
      case 'welcome':
        return 'settings';
      case 'search':
      case 'book':
        return this.route.name === 'search' && this.route.exchange ? 'wallet' : 'search';
      case 'sync':
        return 'sync';
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
