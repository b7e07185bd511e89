import type BetterSqlite3 from 'better-sqlite3';
import { CommandError } from '../../src-shared/api/errors';
import { DepartementSettings } from '../../src-shared/model';
import { exec, first, sql } from '../store/query';
import type { Platform } from './platform';

const KEY = 'departement';

/** The Département's particulars, stored once for every programme. */
export class SettingsService {
  constructor(
    private readonly db: BetterSqlite3.Database,
    readonly platform: Platform,
  ) {}

  get(): DepartementSettings {
    const row = first(this.db, sql.selectFrom('settings').selectAll().where('key', '=', KEY));
    const parsed = DepartementSettings.safeParse(row ? JSON.parse(row.data) : {});
    return parsed.success ? parsed.data : DepartementSettings.parse({});
  }

  /** Refuses unknown setting names (a typo would otherwise vanish silently); writes only when something changes. */
  update(fields: Record<string, unknown>): DepartementSettings {
    const unknown = Object.keys(fields).filter((key) => !(key in DepartementSettings.shape));
    if (unknown.length) {
      throw new CommandError('invalid_input', `Unknown setting: ${unknown.slice(0, 5).join(', ')}.`, {
        issues: unknown.map((key) => ({ path: key, message: 'Unknown setting.' })),
      });
    }
    const current = this.get();
    const result = DepartementSettings.safeParse({ ...current, ...fields });
    if (!result.success) {
      throw new CommandError('invalid_input', 'Invalid settings.', {
        issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    const data = JSON.stringify(result.data);
    if (data === JSON.stringify(current)) return current;
    exec(
      this.db,
      sql
        .insertInto('settings')
        .values({ key: KEY, data })
        .onConflict((oc) => oc.column('key').doUpdateSet({ data })),
    );
    return result.data;
  }
}
