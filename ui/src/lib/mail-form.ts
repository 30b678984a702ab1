// The mail server form: its fields as the user types them, checked before saving.
import type { MailServer, Security } from './bindings';

/** The form's fields, as text (the port too, while it is typed). */
export interface MailForm {
  host: string;
  port: string;
  security: Security;
  username: string;
  password: string;
  from: string;
}

/** The port each security setting usually uses. */
export const USUAL_PORT: Record<Security, number> = { tls: 465, start_tls: 587, plain: 25 };

/** An empty form: STARTTLS on its usual port. */
export function emptyForm(): MailForm {
  return { host: '', port: '587', security: 'start_tls', username: '', password: '', from: '' };
}

/** The form filled from a saved server (the password is never sent back). */
export function formOf(server: MailServer): MailForm {
  return {
    host: server.host,
    port: String(server.port),
    security: server.security,
    username: server.username ?? '',
    password: '',
    from: server.from,
  };
}

/** Which field is wrong, by the message id explaining it. */
export type FormProblem = 'host' | 'port' | 'from';

/**
 * The server to save and the password to keep (`null`: keep the saved one), or the
 * fields that are wrong.
 */
export function parseForm(
  form: MailForm,
): { server: MailServer; password: string | null } | { problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const host = form.host.trim();
  if (!host || /\s/.test(host)) problems.push('host');
  const port = Number(form.port.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65535) problems.push('port');
  const from = form.from.trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(from)) problems.push('from');
  if (problems.length > 0) return { problems };
  const username = form.username.trim();
  return {
    server: { host, port, security: form.security, username: username || null, from },
    password: form.password === '' ? null : form.password,
  };
}
