import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { CommandError } from '../../src-shared/api/errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export interface OpenOptions {
  /** Path of the better-sqlite3 addon built for the running ABI (Electron's differs from Node's). */
  nativeBinding?: string | object;
  /** Called before migrating an existing database, so a copy exists if the migration goes wrong. */
  beforeMigrate?: (db: BetterSqlite3.Database, fromVersion: number) => void;
  migrations?: readonly Migration[];
  readonly?: boolean;
}

export function schemaVersionOf(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every pending migration in one transaction; refuses a database written by a newer app. */
export function migrate(db: BetterSqlite3.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.length > 0 ? migrations[migrations.length - 1]!.version : 0;
  const current = schemaVersionOf(db);
  if (current > latest) {
    throw new CommandError(
      'db_newer_version',
      `This data file was written by a newer version of Atelier Coop (schema ${current}, this app knows ${latest}). Install the newer version to open it.`,
      { current, latest },
    );
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  db.pragma('optimize');
  return latest;
}

export function openDatabase(file: string, options: OpenOptions = {}): BetterSqlite3.Database {
  const existed = file !== ':memory:' && existsSync(file);
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding as string } : {}),
    ...(options.readonly ? { readonly: true } : {}),
  });
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (options.readonly) return db;
    const migrations = options.migrations ?? MIGRATIONS;
    const version = schemaVersionOf(db);
    const latest = migrations.length > 0 ? migrations[migrations.length - 1]!.version : 0;
    if (existed && version > 0 && version < latest) options.beforeMigrate?.(db, version);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export { LATEST_VERSION };
