// What an import of ticket files did, summed up for the wallet screen.
import type { ImportedFile } from './bindings';

/** How many files were imported, updated, unchanged and skipped. */
export interface ImportSummary {
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** Counts the files of an import by what became of them. */
export function summarize(files: ImportedFile[]): ImportSummary {
  const count = (status: string) => files.filter((f) => f.status === status).length;
  return {
    imported: count('imported'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    skipped: count('skipped'),
  };
}

/** The message id explaining why a file was skipped, by its reason code. */
export function skipReasonId(code: string | null, known: (id: string) => boolean): string {
  const id = `import-reason-${code ?? 'unknown'}`;
  return known(id) ? id : 'import-reason-unknown';
}
