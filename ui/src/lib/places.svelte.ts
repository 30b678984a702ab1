// Place names in every language, loaded once from Rust: ticket rows carry the name a
// ticket was saved with (English), and lists show the UI's language instead.
import type { Lang } from '../i18n/messages';
import { commands, type PlaceNames } from './bindings';
import { call } from './ipc';

class Places {
  #names = $state.raw<ReadonlyMap<string, PlaceNames>>(new Map());
  #loading: Promise<void> | null = null;

  /** Loads the names (once; later calls wait for the same load). */
  load(): Promise<void> {
    this.#loading ??= call(commands.placeNames()).then((answer) => {
      if (answer.status === 'ok' && Array.isArray(answer.data)) {
        this.#names = new Map(answer.data.map((p) => [p.code, p.names]));
      } else {
        // Lists keep the names the tickets were saved with; try again next time.
        this.#loading = null;
      }
    });
    return this.#loading;
  }

  /** The name of the place `code` in `lang`, or `fallback` for places Sapar does not know. */
  name(code: string, fallback: string, lang: Lang): string {
    return this.#names.get(code)?.[lang] ?? fallback;
  }

  /** Forgets the names (for tests). */
  reset(): void {
    this.#names = new Map();
    this.#loading = null;
  }
}

/** Sapar's place names. */
export const placeNames = new Places();
