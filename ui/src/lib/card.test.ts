import { describe, expect, it } from 'vitest';
import { LANGS, messages } from '../i18n/messages';
import {
  cardDigits,
  checkCard,
  emptyCardForm,
  formatCardNumber,
  formatExpiry,
  luhnValid,
  type CardForm,
} from './card';

/** Digit strings of every length a card number may be typed to, from a fixed seed. */
function digitStrings(): string[] {
  let seed = 20261128;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: 200 }, (_, i) =>
    Array.from({ length: i % 20 }, () => String(next() % 10)).join(''),
  );
}

describe('typing a card', () => {
  it('groups the number by four and puts the slash in the expiry date', () => {
    expect(formatCardNumber('4000000000003220')).toBe('4000 0000 0000 3220');
    expect(formatCardNumber('4242-4242 42')).toBe('4242 4242 42');
    expect(formatCardNumber('4242 ')).toBe('4242');
    expect(formatExpiry('0928')).toBe('09/28');
    expect(formatExpiry('1')).toBe('1');
    expect(formatExpiry('09/2')).toBe('09/2');
    expect(formatExpiry('12/2030')).toBe('12/20');
  });

  it('keeps every digit typed, up to 19, however the number is grouped', () => {
    for (const digits of digitStrings()) {
      const shown = formatCardNumber(digits);
      expect(cardDigits(shown)).toBe(digits);
      expect(formatCardNumber(shown)).toBe(shown);
      const groups = shown === '' ? [] : shown.split(' ');
      expect(groups).toHaveLength(Math.ceil(digits.length / 4));
      expect(groups.slice(0, -1).every((group) => group.length === 4)).toBe(true);
    }
    expect(cardDigits('4242 4242 4242 4242 4242')).toHaveLength(19);
  });

  it('starts empty', () => {
    expect(emptyCardForm()).toEqual({ number: '', expiry: '', cvc: '', holder: '' });
  });
});

describe('the Luhn check', () => {
  it('tells the sandbox cards from a typo', () => {
    expect(luhnValid('4242424242424242')).toBe(true);
    expect(luhnValid('4000000000000002')).toBe(true);
    expect(luhnValid('4000000000003220')).toBe(true);
    expect(luhnValid('4242424242424241')).toBe(false);
    expect(luhnValid('4242 4242 4242 4242')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });

  it('accepts exactly one last digit for any number', () => {
    for (const prefix of digitStrings().filter((d) => d.length >= 11)) {
      const valid = [...'0123456789'].filter((d) => luhnValid(prefix + d));
      expect(valid).toHaveLength(1);
    }
  });
});

describe('checking the card before paying', () => {
  const now = new Date(2026, 10, 28);
  const card: CardForm = {
    number: '4242 4242 4242 4242',
    expiry: '09/28',
    cvc: ' 123 ',
    holder: ' Nurlan  Zhumabayev ',
  };

  it('gives the card to pay with', () => {
    expect(checkCard(card, now)).toEqual({
      card: {
        number: '4242424242424242',
        expiry_month: 9,
        expiry_year: 2028,
        cvc: '123',
        holder: 'Nurlan Zhumabayev',
      },
    });
  });

  it('takes a card until the end of the month it expires', () => {
    expect(checkCard({ ...card, expiry: '11/26' }, now)).toHaveProperty('card');
    expect(checkCard({ ...card, expiry: '10/26' }, now)).toEqual({
      problems: { expiry: 'card-expired' },
    });
    expect(checkCard({ ...card, expiry: '01/27' }, new Date(2026, 11, 31))).toHaveProperty('card');
  });

  it('names every wrong field before anything is sent', () => {
    expect(
      checkCard({ number: '4242 4242 4242 4241', expiry: '10/26', cvc: '12', holder: '' }, now),
    ).toEqual({
      problems: {
        number: 'card-number-invalid',
        expiry: 'card-expired',
        cvc: 'card-cvc-invalid',
        holder: 'card-holder-missing',
      },
    });
    expect(checkCard(emptyCardForm(), now)).toEqual({
      problems: {
        number: 'card-number-missing',
        expiry: 'card-expiry-invalid',
        cvc: 'card-cvc-invalid',
        holder: 'card-holder-missing',
      },
    });
  });

  it('wants a month and a two-digit year', () => {
    for (const expiry of ['13/28', '00/28', '9/28', '09/2028', '0928', 'MM/YY']) {
      expect(checkCard({ ...card, expiry }, now)).toEqual({
        problems: { expiry: 'card-expiry-invalid' },
      });
    }
  });

  it('wants a whole number that passes Luhn, and a code of 3 or 4 digits', () => {
    expect(checkCard({ ...card, number: '4242' }, now)).toEqual({
      problems: { number: 'card-number-invalid' },
    });
    expect(checkCard({ ...card, number: '4000 0000 0000 0003' }, now)).toEqual({
      problems: { number: 'card-number-invalid' },
    });
    expect(checkCard({ ...card, cvc: '1234' }, now)).toHaveProperty('card');
    expect(checkCard({ ...card, cvc: '12a' }, now)).toEqual({
      problems: { cvc: 'card-cvc-invalid' },
    });
  });

  it('words every problem in each language', () => {
    const bad = checkCard({ number: '1', expiry: '10/26', cvc: '', holder: ' ' }, now);
    const empty = checkCard(emptyCardForm(), now);
    const ids = [bad, empty].flatMap((r) => ('problems' in r ? Object.values(r.problems) : []));
    expect(ids).toHaveLength(8);
    for (const lang of LANGS) {
      for (const id of ids) expect(messages(lang).has(id), `${lang}: ${id}`).toBe(true);
    }
  });
});
