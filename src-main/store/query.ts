import type BetterSqlite3 from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import type { Database } from './tables';

/**
 * Kysely builds typed SQL; better-sqlite3 runs it synchronously. Synchronous execution is what makes
 * "one command = one transaction" simple and fast (no awaits inside a transaction).
 */
export const sql = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

type Db = BetterSqlite3.Database;
const statementCache = new WeakMap<Db, Map<string, BetterSqlite3.Statement>>();

function prepare(db: Db, text: string): BetterSqlite3.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(text);
  if (!statement) {
    statement = db.prepare(text);
    cache.set(text, statement);
  }
  return statement;
}

export function all<R>(db: Db, query: { compile(): CompiledQuery<R> }): R[] {
  const compiled = query.compile();
  return prepare(db, compiled.sql).all(...(compiled.parameters as unknown[])) as R[];
}

export function first<R>(db: Db, query: { compile(): CompiledQuery<R> }): R | undefined {
  const compiled = query.compile();
  return prepare(db, compiled.sql).get(...(compiled.parameters as unknown[])) as R | undefined;
}

export function exec(db: Db, query: { compile(): CompiledQuery<unknown> }): BetterSqlite3.RunResult {
  const compiled = query.compile();
  return prepare(db, compiled.sql).run(...(compiled.parameters as unknown[]));
}
