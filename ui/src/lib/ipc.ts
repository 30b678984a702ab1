// Calling Rust: every command answers `{ status: 'ok', data }` or `{ status: 'error',
// error: IpcError }`. Tauri itself may also throw (a denied command arrives as a plain
// string); `call` turns both into the same shape so screens handle one case.
import type { FieldError, IpcError } from './bindings';

/** What a command answered. */
export type Answer<T> = { status: 'ok'; data: T } | { status: 'error'; error: IpcError };

/** Errors from Tauri itself arrive as strings or objects of any shape. */
export function asIpcError(value: unknown): IpcError {
  if (typeof value === 'object' && value !== null && 'code' in value) {
    const { code, message, fields } = value as {
      code: unknown;
      message?: unknown;
      fields?: unknown;
    };
    const error: IpcError = { code: String(code), message: String(message ?? '') };
    if (Array.isArray(fields)) error.fields = fields as FieldError[];
    return error;
  }
  return { code: 'unknown', message: String(value) };
}

/** Awaits a command and never throws. */
export async function call<T>(pending: Promise<Answer<T>>): Promise<Answer<T>> {
  try {
    const answer = await pending;
    return answer.status === 'ok' ? answer : { status: 'error', error: asIpcError(answer.error) };
  } catch (thrown: unknown) {
    return { status: 'error', error: asIpcError(thrown) };
  }
}
