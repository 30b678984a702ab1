// Paying by card, apart from the screens that ask for one (buying seats, paying the
// difference of an exchange): the form as typed, the number grouped and the expiry
// slashed as they are typed, and the card checked before anything is sent.
import type { CardPayment } from './bindings';

/** The card form, as typed. */
export interface CardForm {
  number: string;
  /** `MM/YY`. */
  expiry: string;
  cvc: string;
  holder: string;
}

/** A field of the card form. */
export type CardField = 'number' | 'expiry' | 'cvc' | 'holder';

/** What is wrong with the card form: the message id of each wrong field. */
export type CardProblems = Partial<Record<CardField, string>>;

/** An empty card form. */
export function emptyCardForm(): CardForm {
  return { number: '', expiry: '', cvc: '', holder: '' };
}

/** The digits of a card number (at most 19, the longest a card has). */
export function cardDigits(text: string): string {
  return text.replace(/\D/g, '').slice(0, 19);
}

/** A card number as typed, grouped by four: `4242 4242 4242 4242`. */
export function formatCardNumber(text: string): string {
  return cardDigits(text).replace(/(\d{4})(?=\d)/g, '$1 ');
}

/** Whether a card number passes the Luhn check. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  [...digits].reverse().forEach((c, i) => {
    let d = Number(c);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  });
  return sum % 10 === 0;
}

/** An expiry date as typed, with its slash: `1` → `1`, `129` → `12/9`, `12/29`. */
export function formatExpiry(text: string): string {
  const digits = text.replace(/\D/g, '').slice(0, 4);
  return digits.length > 2 ? `${digits.slice(0, 2)}/${digits.slice(2)}` : digits;
}

/**
 * The card to pay with, or the message id (`card-*`) of each field that is wrong: a
 * number failing Luhn, an expiry that is no `MM/YY` or is before the month of `now`, a
 * code that is not 3 or 4 digits, no name. The issuer still decides whether it pays.
 */
export function checkCard(
  form: CardForm,
  now: Date,
): { card: CardPayment } | { problems: CardProblems } {
  const problems: CardProblems = {};
  const digits = cardDigits(form.number);
  if (digits.length === 0) problems.number = 'card-number-missing';
  else if (digits.length < 12 || !luhnValid(digits)) problems.number = 'card-number-invalid';
  const expiry = /^(\d{2})\/(\d{2})$/.exec(form.expiry.trim());
  const month = Number(expiry?.[1]);
  const year = 2000 + Number(expiry?.[2]);
  if (!expiry || month < 1 || month > 12) problems.expiry = 'card-expiry-invalid';
  else if (year * 12 + month < now.getFullYear() * 12 + now.getMonth() + 1) {
    problems.expiry = 'card-expired';
  }
  const cvc = form.cvc.trim();
  if (!/^\d{3,4}$/.test(cvc)) problems.cvc = 'card-cvc-invalid';
  const holder = form.holder.trim().replace(/\s+/g, ' ');
  if (!holder) problems.holder = 'card-holder-missing';
  if (Object.keys(problems).length > 0) return { problems };
  return { card: { number: digits, expiry_month: month, expiry_year: year, cvc, holder } };
}
