// The trip search form as the person fills it, and its last results: kept here, so
// going to a booking and back shows them again.
import type { Mode, PassengerCount, SortBy, TripQuery } from './bindings';
import { kazakhstanDate, nothingFound, type Found, type PlaceChoice } from './trip-search';

/** The search form. */
class TripSearch {
  from = $state<PlaceChoice>({ text: '', code: null });
  to = $state<PlaceChoice>({ text: '', code: null });
  date = $state(kazakhstanDate(1));
  passengers = $state<PassengerCount>({ adults: 1, children: 0, infants: 0 });
  mode = $state<Mode | ''>('');
  serviceClass = $state('');
  sort = $state<SortBy>('departure');
  found = $state.raw<Found>(nothingFound());
  /** The query of the results shown. */
  searched = $state.raw<TripQuery | null>(null);

  /** What is sent: a picked place by its code, else the words typed. */
  query(): TripQuery {
    return {
      from: this.from.code ?? this.from.text.trim(),
      to: this.to.code ?? this.to.text.trim(),
      date: this.date,
      passengers: { ...this.passengers },
      mode: this.mode === '' ? null : this.mode,
      class: null,
    };
  }

  /** From becomes to, and to from. */
  swap(): void {
    [this.from, this.to] = [this.to, this.from];
  }

  /** Back to an empty form (for tests). */
  reset(): void {
    this.from = { text: '', code: null };
    this.to = { text: '', code: null };
    this.date = kazakhstanDate(1);
    this.passengers = { adults: 1, children: 0, infants: 0 };
    this.mode = '';
    this.serviceClass = '';
    this.sort = 'departure';
    this.found = nothingFound();
    this.searched = null;
  }
}

/** The search form and its last results. */
export const tripSearch = new TripSearch();
