// What a verdict on a ticket code looks like: its tone and the ticket it read.
import type { TicketClaims, Verdict } from './bindings';
import type { Tone } from './ticket-view';

/** The badge tone of a verdict: valid, cannot tell, or not to be let through. */
export function verdictTone(verdict: Verdict): Tone {
  switch (verdict.code) {
    case 'valid':
      return 'ok';
    case 'unknown_carrier':
    case 'unknown_key':
    case 'not_yet_valid':
      return 'warn';
    default:
      return 'bad';
  }
}

/** The ticket's fields as the code states them, when it could be read. */
export function verdictTicket(verdict: Verdict): TicketClaims | null {
  return 'ticket' in verdict ? (verdict.ticket ?? null) : null;
}
