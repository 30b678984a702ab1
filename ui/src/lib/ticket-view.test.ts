import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/messages';
import { classLabel, durationText, priceLabel, svgDataUrl } from './ticket-view';

const en = messages('en');
const t = (id: string, args?: Record<string, string | number>) => en.format(id, args);
const has = (id: string) => en.has(id);

describe('ticket wording', () => {
  it('writes travel times in hours and minutes', () => {
    expect(durationText(755, t)).toBe('12 h 35 min');
    expect(durationText(45, t)).toBe('0 h 45 min');
    expect(durationText(-5, t)).toBe('0 h 0 min');
  });

  it('names price lines like the printed ticket, and unknown kinds readably', () => {
    expect(priceLabel('reserved_seat', t, has)).toBe('Reserved seat');
    expect(priceLabel('eco_levy', t, has)).toBe('eco levy');
    const kk = messages('kk');
    expect(
      priceLabel(
        'sale_fee',
        (id) => kk.format(id),
        (id) => kk.has(id),
      ),
    ).toBe('Рәсімдеу алымы');
  });

  it('names classes it knows and keeps the carrier’s words otherwise', () => {
    expect(classLabel('coupe', t, has)).toBe('Coupe');
    expect(classLabel('Business', t, has)).toBe('Business');
    expect(classLabel('Гранд', t, has)).toBe('Гранд');
    expect(classLabel('', t, has)).toBe('');
  });

  it('makes an SVG an image address the content policy allows', () => {
    const url = svgDataUrl('<svg viewBox="0 0 1 1"><path d="M0 0h1"/></svg>');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.split(',')[1] ?? '')).toBe(
      '<svg viewBox="0 0 1 1"><path d="M0 0h1"/></svg>',
    );
  });
});
