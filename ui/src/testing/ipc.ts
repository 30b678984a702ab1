// A fake Sapar behind the IPC bridge for UI tests: answers commands from handlers and
// records every call with its arguments.
import { mockIPC } from '@tauri-apps/api/mocks';

/** One command call: its name and arguments. */
export interface Call {
  cmd: string;
  args: Record<string, unknown>;
}

/** Answers one command; throwing an `{ code, message }` object is an error answer. */
export type Handler = (args: Record<string, unknown>) => unknown;

/** Commands every screen may call, answered unless a test says otherwise. */
const DEFAULTS: Record<string, Handler> = {
  place_names: () => [],
};

/**
 * Installs the fake: `handlers` answer by command name; any other command fails the
 * test. Returns the calls made, in order.
 */
export function fakeSapar(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    const handler = handlers[cmd] ?? DEFAULTS[cmd];
    if (!handler) throw new Error(`unexpected command ${cmd}`);
    return handler(args);
  });
  return calls;
}

/** The calls of one command. */
export function callsOf(calls: readonly Call[], cmd: string): Record<string, unknown>[] {
  return calls.filter((c) => c.cmd === cmd).map((c) => c.args);
}
