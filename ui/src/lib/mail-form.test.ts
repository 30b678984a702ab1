import { describe, expect, it } from 'vitest';
import { emptyForm, formOf, parseForm } from './mail-form';

describe('the mail server form', () => {
  it('turns the fields into a server, keeping the saved password when left empty', () => {
    const parsed = parseForm({
      ...emptyForm(),
      host: ' smtp.mail.kz ',
      port: ' 465 ',
      security: 'tls',
      username: '  ',
      from: ' aigerim@mail.kz ',
    });
    expect(parsed).toEqual({
      server: {
        host: 'smtp.mail.kz',
        port: 465,
        security: 'tls',
        username: null,
        from: 'aigerim@mail.kz',
      },
      password: null,
    });
  });

  it('keeps a typed password exactly, spaces included', () => {
    const parsed = parseForm({ ...emptyForm(), host: 'h', from: 'a@b', password: ' pw ' });
    expect('server' in parsed && parsed.password).toBe(' pw ');
  });

  it('names every wrong field', () => {
    expect(parseForm({ ...emptyForm(), host: 'smtp example', port: '0', from: 'x' })).toEqual({
      problems: ['host', 'port', 'from'],
    });
    expect(parseForm({ ...emptyForm(), host: 'h', port: '25.5', from: 'a@b' })).toEqual({
      problems: ['port'],
    });
    expect(parseForm({ ...emptyForm(), host: 'h', port: '587', from: 'a@b c' })).toEqual({
      problems: ['from'],
    });
  });

  it('fills the form from a saved server without a password', () => {
    const form = formOf({
      host: 'smtp.example.kz',
      port: 587,
      security: 'start_tls',
      username: null,
      from: 't@example.kz',
    });
    expect(form).toEqual({
      host: 'smtp.example.kz',
      port: '587',
      security: 'start_tls',
      username: '',
      password: '',
      from: 't@example.kz',
    });
  });
});
