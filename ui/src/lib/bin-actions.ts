// Moving a booking to the bin and back, with the note that offers "Undo".
import { locale } from '../i18n/locale.svelte';
import { commands, type IpcError } from './bindings';
import { call } from './ipc';
import { walletView } from './nav.svelte';
import { notice } from './notice.svelte';

/** A booking as the bin actions need it. */
export interface BookingRef {
  /** The booking's id. */
  id: string;
  /** Its reference, for the note. */
  reference: string;
}

/** Moves a booking to the bin and offers to undo it; the error, if it failed. */
export async function removeBooking(booking: BookingRef): Promise<IpcError | null> {
  const answer = await call(commands.removeBooking(booking.id));
  if (answer.status === 'error') return answer.error;
  walletView.reloads++;
  notice.show({
    text: locale.t('ui-wallet-removed', { reference: booking.reference }),
    action: locale.t('ui-wallet-undo'),
    run: () => void restoreBooking(booking),
  });
  return null;
}

/** Brings a booking back from the bin; the error, if it failed. */
export async function restoreBooking(booking: BookingRef): Promise<IpcError | null> {
  const answer = await call(commands.restoreBooking(booking.id));
  if (answer.status === 'error') {
    notice.show({ text: `${locale.t('ui-error-title')}: ${answer.error.code}` });
    return answer.error;
  }
  walletView.reloads++;
  notice.show({ text: locale.t('ui-wallet-restored', { reference: booking.reference }) });
  return null;
}
