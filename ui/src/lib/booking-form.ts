// Buying an offer, apart from the screen: who travels (from the offer's prices), the
// passenger form turned into the domain's passengers, problems placed by field and put
// in words, seats picked on the map, the name to put on the card, and the hold's
// countdown.
import type { Has, Lang, Translate } from '../i18n/messages';
import type {
  Berth,
  Carriage,
  Category,
  DocumentType,
  FieldError,
  FoundOffer,
  IinError,
  Mode,
  Passenger,
  SeatAssignment,
  SeatChoice,
  SeatInfo,
} from './bindings';
import { formatLocalTime, formatMoney } from './format';

// ---------------------------------------------------------------- passengers

/** Each passenger's fare category, in the order of the offer's prices (2 adults, 1 child…). */
export function passengerSlots(offer: FoundOffer): Category[] {
  return offer.offer.prices.flatMap((price) =>
    Array.from({ length: price.count }, () => price.category),
  );
}

/** The indices of the passengers who get a seat of their own (infants sit on a lap). */
export function seatedSlots(slots: readonly Category[]): number[] {
  return slots.flatMap((category, i) => (category === 'infant' ? [] : [i]));
}

/** How many passengers of each category. */
export type Counts = Record<Category, number>;

/** Counts passengers by category. */
export function countOf(categories: readonly Category[]): Counts {
  const counts: Counts = { adult: 0, child: 0, infant: 0 };
  for (const c of categories) counts[c] += 1;
  return counts;
}

/** Counts in words (`2 adults, 1 child`), with the `book-count-*` messages. */
export function countsText(counts: Counts, t: Translate): string {
  return (['adult', 'child', 'infant'] as const)
    .filter((c) => counts[c] > 0)
    .map((c) => t(`book-count-${c}`, { count: counts[c] }))
    .join(', ');
}

/** A passenger's details as typed. */
export interface PassengerForm {
  surname: string;
  givenNames: string;
  documentType: DocumentType;
  documentNumber: string;
  iin: string;
  /** `YYYY-MM-DD`, or empty. */
  birthDate: string;
}

/** The documents a passenger may travel on, in the order the form offers them. */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'kz_id_card',
  'kz_passport',
  'birth_certificate',
  'foreign_passport',
];

/** The fields of a passenger, as field errors name them. */
export const PASSENGER_FIELDS = [
  'surname',
  'given_names',
  'document_type',
  'document_number',
  'iin',
  'birth_date',
  'category',
] as const;
/** A field of a passenger. */
export type PassengerField = (typeof PASSENGER_FIELDS)[number];

/** An empty form: adults on an identity card, children on a birth certificate. */
export function emptyPassengerForm(category: Category): PassengerForm {
  return {
    surname: '',
    givenNames: '',
    documentType: category === 'adult' ? 'kz_id_card' : 'birth_certificate',
    documentNumber: '',
    iin: '',
    birthDate: '',
  };
}

/** Whether the document is Kazakh and so has an IIN field (birth certificates carry one too). */
export function iinShown(document: DocumentType): boolean {
  return document !== 'foreign_passport';
}

/** Whether the IIN must be given with the document. */
export function iinRequired(document: DocumentType): boolean {
  return document === 'kz_id_card' || document === 'kz_passport';
}

/**
 * The category a passenger is booked in: the one the birth date gives when known (a
 * baby keeps a child's seat when the slot is a child's), else the slot's.
 */
export function payloadCategory(slot: Category, derived: Category | null | undefined): Category {
  if (!derived) return slot;
  return slot === 'child' && derived === 'infant' ? 'child' : derived;
}

/** The passenger to send: trimmed, the surname in capitals, the IIN only with a Kazakh document. */
export function toPassenger(form: PassengerForm, category: Category): Passenger {
  const iin = form.iin.replace(/\s+/g, '');
  return {
    surname: form.surname.trim().toUpperCase(),
    given_names: form.givenNames.trim().replace(/\s+/g, ' '),
    document_type: form.documentType,
    document_number: form.documentNumber.trim(),
    birth_date: /^\d{4}-\d{2}-\d{2}$/.test(form.birthDate) ? form.birthDate : null,
    iin: iinShown(form.documentType) && iin !== '' ? iin : null,
    category,
  };
}

/** Whether an e-mail address looks deliverable (the carrier checks it for good). */
export function emailLooksValid(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}

// ---------------------------------------------------------------- IIN and ages

/** Whole years between a birth date and a day (`YYYY-MM-DD` both); `null` if born later. */
export function ageOn(birthDate: string, day: string): number | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!b || !d || birthDate > day.slice(0, 10)) return null;
  const [, by, bm, bd] = b.map(Number) as number[];
  const [, dy, dm, dd] = d.map(Number) as number[];
  return dy! - by! - (dm! < bm! || (dm === bm && dd! < bd!) ? 1 : 0);
}

/** A `YYYY-MM-DD` date in the UI's language (`1 Jan 1990`). */
export function dateText(date: string, lang: Lang): string {
  return formatLocalTime(`${date}T00:00:00Z`, `${date} 00:00`, 'UTC', lang).date;
}

// ---------------------------------------------------------------- problems in words

/** Where a problem shows: next to a passenger's field, or above the forms. */
export interface PlacedProblems {
  /** By field path (`passengers/0/iin`). */
  fields: Map<string, FieldError[]>;
  /** About all passengers, the seats, or a field the form does not have. */
  general: FieldError[];
}

const FIELD_PATH = /^passengers\/(\d+)\/([a-z_]+)$/;

/** Splits problems by where the form shows them. */
export function placeProblems(problems: readonly FieldError[], passengers: number): PlacedProblems {
  const fields = new Map<string, FieldError[]>();
  const general: FieldError[] = [];
  for (const problem of problems) {
    const match = FIELD_PATH.exec(problem.field);
    const known =
      match &&
      Number(match[1]) < passengers &&
      (PASSENGER_FIELDS as readonly string[]).includes(match[2] ?? '');
    if (known) fields.set(problem.field, [...(fields.get(problem.field) ?? []), problem]);
    else general.push(problem);
  }
  return { fields, general };
}

/** What {@link problemText} needs to word a problem fully. */
export interface ProblemContext {
  forms: readonly PassengerForm[];
  /** The categories the passengers are booked in. */
  categories: readonly Category[];
  /** The categories the offer was priced for. */
  offered: Counts;
  /** The local departure date, `YYYY-MM-DD`. */
  travelDate: string;
  /** Why each passenger's IIN is wrong, as Sapar's core checked it. */
  iinErrors: readonly (IinError | null)[];
  /** The birth date each passenger's IIN holds, when it is valid. */
  iinBirthDates: readonly (string | null)[];
  lang: Lang;
  t: Translate;
  has: Has;
}

/** A problem in the UI's language: by its reason, else the carrier's own words. */
export function problemText(problem: FieldError, ctx: ProblemContext): string {
  const { t, has } = ctx;
  const index = Number(FIELD_PATH.exec(problem.field)?.[1] ?? -1);
  const form = ctx.forms[index];
  const born = form && (form.birthDate || ctx.iinBirthDates[index]);
  const age = born ? ageOn(born, ctx.travelDate) : null;
  switch (problem.reason) {
    case 'iin_invalid':
    case 'invalid_iin': {
      const found = ctx.iinErrors[index];
      if (found) {
        const { reason, ...rest } = found;
        const args: Record<string, string | number> = { ...rest };
        for (const key of ['in_iin', 'given']) {
          if (typeof args[key] === 'string') args[key] = dateText(args[key], ctx.lang);
        }
        return t(`iin-${reason}`, args);
      }
      return t('book-problem-iin_invalid');
    }
    case 'birth_certificate_not_for_age':
      if (age !== null) return t('book-problem-birth_certificate_not_for_age-age', { age });
      break;
    case 'category_mismatch':
    case 'age_category_mismatch': {
      const category = ctx.categories[index];
      if (age !== null && category) {
        return t('book-problem-category_mismatch-age', {
          age,
          category: t(`category-${category}`),
        });
      }
      break;
    }
    case 'counts_differ_from_offer':
      return t('book-problem-counts_differ_from_offer', {
        offered: countsText(ctx.offered, t),
        given: countsText(countOf(ctx.categories), t),
      });
  }
  const id = `book-problem-${problem.reason}`;
  return has(id) ? t(id) : problem.message;
}

// ---------------------------------------------------------------- seats

/** A seat picked on the map. */
export interface SeatPick {
  /** The carriage (trains) or cabin it is in. */
  carriage: string;
  seat: string;
  berth: Berth | null;
  price_difference: number;
}

/** Whether two picks are the same seat. */
export function samePick(a: Pick<SeatPick, 'carriage' | 'seat'>, b: SeatPick): boolean {
  return a.carriage === b.carriage && a.seat === b.seat;
}

/**
 * Picks or unpicks a seat. With every passenger seated already, the earliest pick
 * gives way, so one passenger simply moves to the new seat.
 */
export function togglePick(picks: readonly SeatPick[], pick: SeatPick, needed: number): SeatPick[] {
  if (picks.some((p) => samePick(pick, p))) return picks.filter((p) => !samePick(pick, p));
  const kept = picks.length >= needed ? picks.slice(picks.length - needed + 1) : picks;
  return needed > 0 ? [...kept, pick] : [];
}

/** The seats to send: each pick for the seated passenger of its turn; carriages on trains. */
export function seatChoices(
  picks: readonly SeatPick[],
  seated: readonly number[],
  mode: Mode,
): SeatChoice[] {
  return picks.flatMap((pick, i) => {
    const passenger = seated[i];
    if (passenger === undefined) return [];
    return [{ passenger, carriage: mode === 'rail' ? pick.carriage : null, seat: pick.seat }];
  });
}

/** A picked seat as held: the carriage only on trains. */
export function pickedSeat(pick: SeatPick, mode: Mode): SeatAssignment {
  return { carriage: mode === 'rail' ? pick.carriage : null, seat: pick.seat, berth: pick.berth };
}

/** A price difference as a seat shows it: `+1 500 ₸`, `−500 ₸`, `+0 ₸`. */
export function priceDifferenceText(tiyn: number, lang: Lang): string {
  return tiyn < 0 ? formatMoney(tiyn, lang) : `+${formatMoney(tiyn, lang)}`;
}

/** How a carriage's seats are drawn. */
export type SeatLayout =
  /** Sleeping car: compartments (4 berths, or 2 in SV and lux) and side berths in pairs. */
  | { kind: 'berths'; compartments: SeatInfo[][]; side: SeatInfo[][] }
  /** Aircraft cabin: rows by letters, the aisle after `aisleAfter` letters. */
  | { kind: 'cabin'; letters: string[]; aisleAfter: number; rows: CabinRow[] }
  /** Seated car or coach: four seats a row, two each side of the aisle. */
  | { kind: 'grid'; rows: (SeatInfo | null)[][] };

/** A row of an aircraft cabin; `null` where a letter has no seat. */
export interface CabinRow {
  row: string;
  seats: (SeatInfo | null)[];
}

const CABIN_SEAT = /^(\d+)([A-Z])$/;

/** Seat numbers in natural order (`2` before `10`); one collator for every comparison. */
const SEAT_ORDER = new Intl.Collator('en', { numeric: true });

function byNumber(a: SeatInfo, b: SeatInfo): number {
  return SEAT_ORDER.compare(a.number, b.number);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** How to draw a carriage: berths, an aircraft cabin, or rows of four. */
export function seatLayout(carriage: Carriage): SeatLayout {
  const seats = [...carriage.seats].sort(byNumber);
  if (seats.some((s) => s.berth !== null)) {
    const inside = seats.filter((s) => !s.features.includes('side'));
    const side = seats.filter((s) => s.features.includes('side'));
    const size = inside.some((s) => s.berth === 'upper') ? 4 : 2;
    return { kind: 'berths', compartments: chunks(inside, size), side: chunks(side, 2) };
  }
  if (seats.length > 0 && seats.every((s) => CABIN_SEAT.test(s.number))) {
    const parts = seats.map((s) => [s, ...(CABIN_SEAT.exec(s.number) ?? []).slice(1)] as const);
    const letters = [...new Set(parts.map(([, , l]) => l ?? ''))].sort();
    const rowNumbers = [...new Set(parts.map(([, r]) => r ?? ''))].sort((a, b) => +a - +b);
    const rows = rowNumbers.map((row) => ({
      row,
      seats: letters.map((l) => parts.find(([, r, x]) => r === row && x === l)?.[0] ?? null),
    }));
    return { kind: 'cabin', letters, aisleAfter: Math.floor(letters.length / 2), rows };
  }
  return { kind: 'grid', rows: chunks(seats, 4) };
}

/** A held or bought seat in words: `Carriage 5, seat 13, lower berth`, `Seat 12A`. */
export function seatText(seat: SeatAssignment | null, t: Translate): string {
  if (!seat) return t('book-no-seat');
  const place = seat.carriage
    ? t('book-seat-in-carriage', { carriage: seat.carriage, seat: seat.seat })
    : t('book-seat-number', { seat: seat.seat });
  return seat.berth ? `${place}, ${t(`book-berth-${seat.berth}`)}` : place;
}

/** The name on the card, as cards print it: `NURLAN ZHUMABAYEV`. */
export function holderOf(passenger: PassengerForm | undefined): string {
  if (!passenger) return '';
  return `${passenger.givenNames.trim()} ${passenger.surname.trim()}`.trim().toUpperCase();
}

// ---------------------------------------------------------------- countdown

/** Under this many seconds the countdown warns. */
export const WARN_SECONDS = 120;

/** Whole seconds left until `expiresAt` (RFC 3339) at `now` (ms); 0 once past. */
export function secondsLeft(expiresAt: string, now: number): number {
  const end = Date.parse(expiresAt);
  if (Number.isNaN(end)) return 0;
  return Math.max(0, Math.ceil((end - now) / 1000));
}

/** Seconds as a countdown shows them: `14:05`, `00:09`; `1:02:03` past an hour. */
export function countdownText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const pad = (n: number) => n.toString().padStart(2, '0');
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const mmss = `${pad(minutes)}:${pad(s % 60)}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}
