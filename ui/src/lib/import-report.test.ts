import { describe, expect, it } from 'vitest';
import type { ImportedFile } from './bindings';
import { skipReasonId, summarize } from './import-report';

const file = (status: string, reason_code: string | null = null): ImportedFile => ({
  name: `${status}.pdf`,
  status,
  references: status === 'skipped' ? [] : ['ABC123'],
  reason_code,
  reason: reason_code,
  notes: [],
  verdict: null,
});

describe('an import summary', () => {
  it('counts the files by what became of them', () => {
    const files = [
      file('imported'),
      file('imported'),
      file('updated'),
      file('skipped', 'not_a_ticket'),
    ];
    expect(summarize(files)).toEqual({ imported: 2, updated: 1, unchanged: 0, skipped: 1 });
  });

  it('explains a known skip reason, and an unknown one generically', () => {
    const known = (id: string) => id === 'import-reason-forged';
    expect(skipReasonId('forged', known)).toBe('import-reason-forged');
    expect(skipReasonId('something_new', known)).toBe('import-reason-unknown');
    expect(skipReasonId(null, known)).toBe('import-reason-unknown');
  });
});
