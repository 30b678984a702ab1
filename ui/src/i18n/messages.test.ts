import { describe, expect, it } from 'vitest';
import { LANGS, messageIds, messages, preferredLang } from './messages';

describe('Fluent messages shared with the Rust side', () => {
  it('loads the same files as Rust, in every language', () => {
    for (const lang of LANGS) {
      expect(messageIds(lang)).toContain('app-name');
      expect(messageIds(lang)).toContain('ui-wallet-title');
    }
  });

  it('has every English message in Kazakh and Russian', () => {
    const english = messageIds('en');
    for (const lang of ['kk', 'ru'] as const) {
      const ids = new Set(messageIds(lang));
      expect(english.filter((id) => !ids.has(id))).toEqual([]);
    }
  });

  it('picks the Russian plural form by number', () => {
    const ru = messages('ru');
    const count = (n: number) => ru.format('tickets-count', { count: n });
    expect(count(1)).toBe('1 билет');
    expect(count(3)).toBe('3 билета');
    expect(count(5)).toBe('5 билетов');
    expect(count(11)).toBe('11 билетов');
    expect(count(21)).toBe('21 билет');
    expect(count(22)).toBe('22 билета');
  });

  it('counts in English and Kazakh too', () => {
    expect(messages('en').format('tickets-count', { count: 1 })).toBe('1 ticket');
    expect(messages('en').format('tickets-count', { count: 2 })).toBe('2 tickets');
    expect(messages('kk').format('tickets-count', { count: 5 })).toBe('5 билет');
  });

  it('speaks each language', () => {
    expect(messages('kk').format('ui-wallet-title')).toBe('Менің билеттерім');
    expect(messages('ru').format('ui-wallet-title')).toBe('Мои билеты');
    expect(messages('en').format('ui-wallet-title')).toBe('My tickets');
    expect(messages('ru').format('mode-rail')).toBe('Поезд');
  });

  it('shows the id of a message that exists nowhere', () => {
    expect(messages('kk').format('no-such-message')).toBe('no-such-message');
    expect(messages('kk').has('no-such-message')).toBe(false);
    expect(messages('kk').has('ui-error-newer_wallet')).toBe(true);
  });
});

describe('the language to start in', () => {
  it('keeps a saved choice', () => {
    expect(preferredLang('kk', ['en-US'])).toBe('kk');
  });

  it('follows the system language when nothing is saved', () => {
    expect(preferredLang(null, ['ru-KZ', 'en'])).toBe('ru');
    expect(preferredLang(null, ['de-DE', 'kk-KZ'])).toBe('kk');
  });

  it('falls back to English', () => {
    expect(preferredLang('fr', ['de-DE'])).toBe('en');
  });
});
