import { CommandError, type ErrorCode } from '../../src-shared/api/errors';

/** What crosses between the pool and a worker. */
export type ToWorker = { id: number; task: string; input: unknown };
export type FromWorker =
  | { id: number; type: 'done'; value: unknown }
  | { id: number; type: 'failed'; error: SerializedError };

export type SerializedError = { command: true; code: ErrorCode; message: string; details?: unknown } | { command: false; name: string; message: string };

/** A CommandError keeps its code and details across the thread boundary; anything else stays an Error. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof CommandError) return { command: true, code: error.code, message: error.message, details: error.details };
  const e = error instanceof Error ? error : new Error(String(error));
  return { command: false, name: e.name, message: e.message };
}

export function deserializeError(error: SerializedError): Error {
  if (error.command) return new CommandError(error.code, error.message, error.details);
  const e = new Error(error.message);
  e.name = error.name;
  return e;
}

/** The buffers of a value (top level and one level down), moved rather than copied to the other thread. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (v: unknown) => {
    // Small Uint8Arrays may share Node's pooled buffer: only whole, unshared buffers are moved.
    if (v instanceof Uint8Array && v.byteOffset === 0 && v.byteLength === v.buffer.byteLength && v.buffer instanceof ArrayBuffer) out.add(v.buffer);
  };
  add(value);
  if (value && typeof value === 'object') for (const v of Object.values(value)) add(v);
  return [...out];
}
