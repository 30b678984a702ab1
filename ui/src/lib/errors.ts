// An error from Rust in the UI's language, by its stable code: a screen's own words for
// the code first, then the app's general words for it.
import type { Has, Translate } from '../i18n/messages';
import type { IpcError } from './bindings';

/** The first of `prefixes` + code, then `ui-error-` + code, that has words; else `null`. */
export function errorMessageId(
  error: IpcError,
  prefixes: readonly string[],
  has: Has,
): string | null {
  return [...prefixes, 'ui-error-'].map((p) => `${p}${error.code}`).find(has) ?? null;
}

/** An error in words: the screen's or the app's words for its code, else its own message. */
export function errorText(
  error: IpcError,
  prefixes: readonly string[],
  t: Translate,
  has: Has,
): string {
  const id = errorMessageId(error, prefixes, has);
  return id ? t(id) : error.message || t('ui-error-unknown');
}
