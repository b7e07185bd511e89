import type BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { newId } from '../../src-shared/model';
import { openDatabase } from '../store/open';
import { BackupService } from './backups';
import { ProgrammeService } from './programmes';
import { SettingsService } from './settings';

export interface AppOptions {
  dataDir: string;
  nativeBinding?: string;
  clock?: () => Date;
  idFactory?: () => string;
  /** Version string shown in archives and "about". */
  appVersion?: string;
  /** Skip the daily backup (benchmarks and short-lived CLI calls on throwaway folders). */
  skipDailyBackup?: boolean;
}

/** Everything a command handler may use. Domain services are built from it by their handler module. */
export interface AppContext {
  db: BetterSqlite3.Database;
  dataDir: string;
  databaseFile: string;
  appVersion: string;
  clock: () => Date;
  idFactory: () => string;
  backups: BackupService;
  settings: SettingsService;
  programmes: ProgrammeService;
  close(): void;
}

export const DATABASE_FILE = 'atelier.sqlite';

export async function openApp(options: AppOptions): Promise<AppContext> {
  mkdirSync(options.dataDir, { recursive: true });
  const clock = options.clock ?? (() => new Date());
  const idFactory = options.idFactory ?? newId;
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  const backupsDir = join(options.dataDir, 'backups');
  const db = openDatabase(databaseFile, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    beforeMigrate: (database, fromVersion) => {
      // Synchronous, consistent copy: migrations run before any async work is possible.
      mkdirSync(backupsDir, { recursive: true });
      const stamp = clock().toISOString().replace(/:/g, '-').replace('.', '-');
      database.prepare('VACUUM INTO ?').run(join(backupsDir, `${stamp}__before-migration.sqlite`));
      void fromVersion;
    },
  });
  const backups = new BackupService(db, backupsDir, clock);
  const settings = new SettingsService(db);
  const programmes = new ProgrammeService(db, backups, settings, clock, idFactory);
  if (!options.skipDailyBackup) await backups.ensureDaily();
  return {
    db,
    dataDir: options.dataDir,
    databaseFile,
    appVersion: options.appVersion ?? '0.1.0',
    clock,
    idFactory,
    backups,
    settings,
    programmes,
    close: () => db.close(),
  };
}
