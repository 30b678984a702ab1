// Sapar's messages for the UI, from the same Fluent files as the Rust side
// (locales/<lang>/*.ftl at the repository root). A message missing in Kazakh or
// Russian falls back to English; a message missing everywhere shows its id.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/** The languages Sapar speaks, in the order it offers them. */
export const LANGS = ['kk', 'ru', 'en'] as const;
/** A user-facing language. */
export type Lang = (typeof LANGS)[number];
/** Arguments of a message. */
export type Args = Record<string, FluentVariable>;
/** Translates a message id, with its arguments. */
export type Translate = (id: string, args?: Record<string, string | number>) => string;
/** Whether a message id exists. */
export type Has = (id: string) => boolean;

const sources = import.meta.glob<string>('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** A name in `lang`, from names given in Sapar's order of languages (`[kk, ru, en]`). */
export function nameIn(names: readonly [string, string, string], lang: Lang): string {
  return names[LANGS.indexOf(lang)] ?? names[2];
}

/** Whether a string names one of Sapar's languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The Fluent files of a language, by file name, in a stable order. */
export function sourcesOf(lang: Lang): [string, string][] {
  return Object.entries(sources)
    .filter(([path]) => path.split('/').at(-2) === lang)
    .map(([path, text]): [string, string] => [path.split('/').at(-1) ?? path, text])
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The messages of one language, with English behind them. */
export class Messages {
  readonly lang: Lang;
  private readonly bundle: FluentBundle;
  private readonly fallback: Messages | undefined;

  constructor(lang: Lang, fallback?: Messages) {
    this.lang = lang;
    this.fallback = fallback;
    // Numbers and dates are formatted by Sapar itself; no bidi isolation marks.
    this.bundle = new FluentBundle(lang, { useIsolating: false });
    for (const [name, text] of sourcesOf(lang)) {
      const errors = this.bundle.addResource(new FluentResource(text));
      for (const error of errors) {
        console.error(`locales/${lang}/${name}: ${error.message}`);
      }
    }
  }

  /** Whether this language or its fallback has the message (or `message.attribute`). */
  has(id: string): boolean {
    const [messageId = id, attribute] = id.split('.', 2);
    const message = this.bundle.getMessage(messageId);
    const found = attribute === undefined ? message?.value : message?.attributes[attribute];
    return Boolean(found) || (this.fallback?.has(id) ?? false);
  }

  /** The message `id` (or `message.attribute`) with its arguments. */
  format(id: string, args?: Args): string {
    const [messageId = id, attribute] = id.split('.', 2);
    const message = this.bundle.getMessage(messageId);
    const pattern = attribute === undefined ? message?.value : message?.attributes[attribute];
    if (!pattern) {
      return this.fallback ? this.fallback.format(id, args) : id;
    }
    const errors: Error[] = [];
    const text = this.bundle.formatPattern(pattern, args ?? null, errors);
    for (const error of errors) {
      console.warn(`${this.lang}/${id}: ${error.message}`);
    }
    return text;
  }
}

const cache = new Map<Lang, Messages>();

/** The messages of a language (built once, then shared). */
export function messages(lang: Lang): Messages {
  let found = cache.get(lang);
  if (!found) {
    found = new Messages(lang, lang === 'en' ? undefined : messages('en'));
    cache.set(lang, found);
  }
  return found;
}

/** Every message id of a language, sorted: for completeness checks. */
export function messageIds(lang: Lang): string[] {
  const ids = new Set<string>();
  for (const [, text] of sourcesOf(lang)) {
    for (const entry of new FluentResource(text).body) {
      ids.add(entry.id);
    }
  }
  return [...ids].sort();
}

/** The language to start in: the saved choice, else the system's, else English. */
export function preferredLang(saved: string | null, systemLangs: readonly string[]): Lang {
  if (isLang(saved)) return saved;
  for (const tag of systemLangs) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}
