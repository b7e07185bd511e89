import type BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CommandError } from '../../src-shared/api/errors';
import { LATEST_VERSION } from '../store/migrations';
import { openDatabase } from '../store/open';
import { checkBackupFile, type BackupService } from './backups';
import { bindingOption, type Platform } from './platform';
import type { ProgrammeService } from './programmes';
import type { SettingsService } from './settings';

/**
 * Restores a backup in place, after a backup of the current state. Logical restore: the backup is
 * copied and migrated to this app's schema, attached, and every table's rows are replaced in one
 * transaction, so a failure leaves the current data as it was and open handles stay valid.
 */
export class RestoreService {
  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly backups: BackupService,
    private readonly programmes: ProgrammeService,
    private readonly settings: SettingsService,
    readonly platform: Platform,
  ) {}

  async restore(name: string): Promise<{ restored: string; safetyBackup: string }> {
    // Only a backup the list shows can be restored: the name is never used as a path as given.
    const backup = this.backups.list().find((b) => basename(b.file) === name);
    if (!backup) throw new CommandError('backup_not_found', 'This backup does not exist.', { name });
    const problem = checkBackupFile(backup.file, this.platform, LATEST_VERSION);
    if (problem) throw new CommandError('backup_invalid', `This file is not a valid backup of Atelier Coop: ${problem}.`, { name, problem });
    const copy = join(this.backups.folder, `.restoring-${process.pid}-${Date.now()}.sqlite`);
    try {
      copyFileSync(backup.file, copy);
      // Migrate the copy (a backup may predate the latest schema); the original stays untouched.
      openDatabase(copy, bindingOption(this.platform)).close();
    } catch (error) {
      rmSync(copy, { force: true });
      if (error instanceof CommandError) throw error;
      throw new CommandError('storage_error', 'The backup could not be read.', { name });
    }
    const safety = await this.backups.create('before-restore');
    try {
      this.db.prepare('ATTACH DATABASE ? AS restored').run(copy);
      try {
        this.replaceAll();
      } finally {
        this.db.prepare('DETACH DATABASE restored').run();
      }
    } finally {
      rmSync(copy, { force: true });
      rmSync(`${copy}-wal`, { force: true });
      rmSync(`${copy}-shm`, { force: true });
    }
    this.programmes.invalidate();
    this.settings.invalidate();
    return { restored: name, safetyBackup: basename(safety.file) };
  }

  private replaceAll(): void {
    const tables = (
      this.db.prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>
    ).map((t) => t.name);
    this.db.transaction(() => {
      // Foreign keys are checked at commit, once every table holds the restored rows.
      this.db.pragma('defer_foreign_keys = ON');
      // Restored programmes get revisions above any this database had, so every process's copy is read again.
      const above = (this.db.prepare('SELECT coalesce(max(revision), 0) + 1 AS n FROM main.programmes').get() as { n: number }).n;
      for (const table of tables) {
        const columns = (this.db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).all(table) as Array<{ name: string }>)
          .map((c) => `"${c.name.replace(/"/g, '""')}"`)
          .join(', ');
        const quoted = `"${table.replace(/"/g, '""')}"`;
        this.db.prepare(`DELETE FROM main.${quoted}`).run();
        this.db.prepare(`INSERT INTO main.${quoted} (${columns}) SELECT ${columns} FROM restored.${quoted}`).run();
      }
      this.db.prepare('UPDATE main.programmes SET revision = revision + ?').run(above);
    }).immediate();
  }
}
