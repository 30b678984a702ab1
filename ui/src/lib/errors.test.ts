import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages';
import { errorMessageId, errorText } from './errors';

const en = messages('en');
const t = (id: string, args?: Record<string, string | number>) => en.format(id, args);
const has = (id: string) => en.has(id);

describe('errors in words', () => {
  it('takes the screen’s words for a code before the app’s', () => {
    const known = (id: string) => id === 'book-error-seat_taken' || id === 'ui-error-seat_taken';
    expect(errorMessageId({ code: 'seat_taken', message: '' }, ['book-error-'], known)).toBe(
      'book-error-seat_taken',
    );
    expect(errorMessageId({ code: 'seat_taken', message: '' }, [], known)).toBe(
      'ui-error-seat_taken',
    );
    expect(errorMessageId({ code: 'brand_new', message: '' }, ['book-error-'], known)).toBeNull();
  });

  it('falls back to the error’s own message, then to the general sentence', () => {
    expect(errorText({ code: 'brand_new', message: 'the carrier said no' }, [], t, has)).toBe(
      'the carrier said no',
    );
    expect(errorText({ code: 'brand_new', message: '' }, [], t, has)).toBe(
      en.format('ui-error-unknown'),
    );
    expect(errorText({ code: 'offline', message: 'x' }, ['search-error-'], t, has)).toBe(
      'No connection: the carriers cannot be asked now. Check the internet connection and try again.',
    );
    expect(errorText({ code: 'offline', message: 'x' }, [], t, has)).toBe(
      'No connection. Your tickets stay available offline.',
    );
  });
});
