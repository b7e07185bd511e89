import { CONTRACT, isCommandName } from '../../src-shared/api/contract';
import { CommandError, type Envelope } from '../../src-shared/api/errors';
import { stripXmlForbiddenDeep } from '../../src-shared/model/xml-chars';
import type { AppContext } from '../services/app';
import { createHandlers } from './handlers';
import type { CallMeta, Handler } from './handlers/types';

export type Dispatch = (name: string, payload: unknown, meta: CallMeta) => Promise<Envelope<unknown>>;

/**
 * The one entry point of both transports (and the CLI): validate with zod, run the handler, wrap the
 * result. Writes run one at a time, so an async step (a backup, a worker task) never interleaves with
 * another write; queries do not wait in that line behind later writes; control commands (jobs.progress,
 * jobs.cancel) wait for nothing.
 */
export function createDispatcher(app: AppContext, log: (error: unknown) => void = console.error): Dispatch {
  const handlers = createHandlers(app) as Record<string, Handler<never>>;
  let queue: Promise<unknown> = Promise.resolve();

  const run = async (name: string, payload: unknown, meta: CallMeta): Promise<Envelope<unknown>> => {
    if (!isCommandName(name)) {
      return { ok: false, error: { code: 'unknown_command', message: `Unknown command: ${String(name).slice(0, 80)}` } };
    }
    // Characters XML forbids are stripped, not refused: they are invisible, come from pastes, and the
    // officer could not find them to fix a refusal; left in, they would make every .docx unreadable.
    const parsed = CONTRACT[name].input.safeParse(stripXmlForbiddenDeep(payload ?? {}));
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'The request is not valid.',
          details: { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, code: i.code })) },
        },
      };
    }
    try {
      const value = await handlers[name]!(parsed.data as never, meta);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toErrorBody(error, log) };
    }
  };

  return (name, payload, meta) => {
    // Following or cancelling a long command waits behind nothing, least of all the command it follows.
    if (isCommandName(name) && CONTRACT[name].kind === 'control') return run(name, payload, meta);
    const result = queue.then(() => run(name, payload, meta));
    // A query waits for the writes sent before it (it reads what they wrote) but holds back nothing:
    // a small edit or read is answered while a long query (the documents, in workers) is being built.
    if (isCommandName(name) && CONTRACT[name].kind === 'query') return result;
    queue = result.catch(() => undefined);
    return result;
  };
}

function toErrorBody(error: unknown, log: (error: unknown) => void) {
  if (error instanceof CommandError) {
    return { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) };
  }
  if (error instanceof Error && error.name === 'SqliteError') {
    log(error);
    // Damage and permissions have their own words and way out; the rest (disk full, I/O) stays a storage error.
    const sqlite = String((error as { code?: unknown }).code ?? '');
    if (sqlite.startsWith('SQLITE_CORRUPT') || sqlite === 'SQLITE_NOTADB') return { code: 'database_damaged' as const, message: 'The data file is damaged: restore a backup.' };
    if (sqlite.startsWith('SQLITE_READONLY')) return { code: 'data_folder_read_only' as const, message: 'The data folder is read-only.' };
    return { code: 'storage_error' as const, message: 'The data file could not be written or read.' };
  }
  log(error);
  return { code: 'internal' as const, message: 'Something went wrong inside the app.' };
}
