// The language the UI speaks right now, shared by every component. Reading
// `locale.t(...)` in markup re-renders when the language changes.
import { messages, preferredLang, type Args, type Lang } from './messages';

const STORAGE_KEY = 'sapar.lang';

function savedLang(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

class Locale {
  lang = $state<Lang>(preferredLang(savedLang(), globalThis.navigator?.languages ?? []));

  /** Switches the UI to `lang` and remembers the choice. */
  set(lang: Lang): void {
    this.lang = lang;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    } catch {
      // Storage may be unavailable; the choice then lasts for this session only.
    }
  }

  /** The message `id` in the current language. */
  t = (id: string, args?: Args): string => messages(this.lang).format(id, args);

  /** Whether the current language (or English) has the message. */
  has = (id: string): boolean => messages(this.lang).has(id);
}

/** The UI's current language. */
export const locale = new Locale();
