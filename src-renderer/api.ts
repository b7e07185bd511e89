import type { CommandInput, CommandName, CommandOutput } from '../src-shared/api/contract';
import type { CommandErrorBody, Envelope, ErrorCode } from '../src-shared/api/errors';
import { callOverIpc, isDesktop } from './platform';

/** A failed command, with the stable code the UI translates (errors.<code>). */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(body: CommandErrorBody) {
    super(body.message);
    this.code = body.code;
    this.details = body.details;
  }
}

const TOKEN_KEY = 'atelier.token';

/** Browser mode: the launch URL carries ?token=…; keep it for this tab and take it out of the address bar. */
function token(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function overHttp(name: string, payload: unknown): Promise<Envelope<unknown>> {
  const response = await fetch(`/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token()}` },
    body: JSON.stringify(payload ?? {}),
  });
  return (await response.json()) as Envelope<unknown>;
}

export const transport = (): 'ipc' | 'http' => (isDesktop() ? 'ipc' : 'http');

/** Calls a command of the contract through IPC (desktop) or HTTP (browser mode). */
export async function call<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>> {
  const envelope = (await callOverIpc(name, input)) ?? (await overHttp(name, input));
  if (!envelope.ok) throw new ApiError(envelope.error);
  return envelope.value as CommandOutput<N>;
}

// Read the token once at start so it leaves the address bar immediately.
if (typeof window !== 'undefined' && !isDesktop()) token();
