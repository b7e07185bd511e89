import type BetterSqlite3 from 'better-sqlite3';
import { CommandError } from '../../src-shared/api/errors';
import { AuthoritySettings } from '../../src-shared/model';
import { exec, first, sql } from '../store/query';
import type { Platform } from './platform';

const KEY = 'authority';
const DEFAULTS = (): AuthoritySettings => AuthoritySettings.parse({});

/** What the stored row holds: nothing yet, valid settings, or a damaged row (kept as it is until repaired). */
type Stored = { state: 'absent' } | { state: 'valid'; settings: AuthoritySettings } | { state: 'damaged'; fields: string[]; notJson: boolean };

const isKnownSetting = (key: string) => Object.hasOwn(AuthoritySettings.shape, key);

/**
 * The Département's particulars, stored once for every programme. A stored row that does not validate is
 * never replaced by defaults: reading it says it is damaged (and how to repair), writing is refused until
 * `repair` keeps every readable field and empties the rest.
 */
export class SettingsService {
  constructor(
    private readonly db: BetterSqlite3.Database,
    readonly platform: Platform,
  ) {}

  private stored(): Stored {
    const row = first(this.db, sql.selectFrom('settings').selectAll().where('key', '=', KEY));
    if (!row) return { state: 'absent' };
    let value: unknown;
    try {
      value = JSON.parse(row.data);
    } catch {
      return { state: 'damaged', fields: [], notJson: true };
    }
    const parsed = AuthoritySettings.safeParse(value);
    if (parsed.success) return { state: 'valid', settings: parsed.data };
    return { state: 'damaged', fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')))].filter(Boolean), notJson: false };
  }

  isDamaged(): boolean {
    return this.stored().state === 'damaged';
  }

  get(): AuthoritySettings {
    const stored = this.stored();
    if (stored.state === 'damaged') throw damaged(stored);
    return stored.state === 'valid' ? stored.settings : DEFAULTS();
  }

  /** The author as last read, with the data_version it was read at (see `author`). */
  private authorCache: { version: number; value: { authorName: string; authorOrganisation: string } } | null = null;
  private dataVersion: BetterSqlite3.Statement | null = null;

  /**
   * The author of a revision. Every edit records it, and the settings row holds the logo and the Word template
   * (megabytes of base64): reading it whole, or even json_extract (SQLite parses the whole text), would make an
   * edit cost the settings' size. So the two fields are read once with json_extract and kept until this
   * connection writes the settings or another connection commits anything (SQLite's data_version, read inside
   * the caller's transaction). A damaged row gives an empty author rather than refusing the officer's edit.
   */
  author(): { authorName: string; authorOrganisation: string } {
    this.dataVersion ??= this.db.prepare('PRAGMA data_version').pluck();
    const version = this.dataVersion.get() as number;
    if (this.authorCache?.version === version) return this.authorCache.value;
    let value = { authorName: '', authorOrganisation: '' };
    try {
      const row = this.db
        .prepare("SELECT json_extract(data, '$.authorName') AS name, json_extract(data, '$.authorOrganisation') AS organisation FROM settings WHERE key = ?")
        .get(KEY) as { name: unknown; organisation: unknown } | undefined;
      const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 200) : '');
      value = { authorName: text(row?.name), authorOrganisation: text(row?.organisation) };
    } catch {
      // Not JSON: no author until the settings are repaired.
    }
    this.authorCache = { version, value };
    return value;
  }

  /** Forgets what was read (after a restore replaced the rows through this connection). */
  invalidate(): void {
    this.authorCache = null;
  }

  /** Refuses unknown setting names (a typo would otherwise vanish silently); writes only when something changes. */
  update(fields: Record<string, unknown>): AuthoritySettings {
    const unknown = Object.keys(fields).filter((key) => !isKnownSetting(key));
    if (unknown.length) {
      throw new CommandError('invalid_input', `Unknown setting: ${unknown.slice(0, 5).join(', ')}.`, {
        issues: unknown.map((key) => ({ path: key, message: 'Unknown setting.' })),
      });
    }
    const current = this.get();
    const result = AuthoritySettings.safeParse({ ...current, ...fields });
    if (!result.success) {
      throw new CommandError('invalid_input', 'Invalid settings.', {
        issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    const data = JSON.stringify(result.data);
    if (data === JSON.stringify(current)) return current;
    this.write(data);
    return result.data;
  }

  /**
   * Repairs a damaged row: every field that is valid on its own is kept, the others take their defaults (a row
   * that is not JSON keeps nothing). The caller takes a backup first, so the damaged row is not lost.
   */
  repair(): { settings: AuthoritySettings; reset: string[] } {
    const stored = this.stored();
    if (stored.state !== 'damaged') return { settings: this.get(), reset: [] };
    const row = first(this.db, sql.selectFrom('settings').selectAll().where('key', '=', KEY))!;
    let value: Record<string, unknown> = {};
    if (!stored.notJson) {
      const parsed: unknown = JSON.parse(row.data);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) value = parsed as Record<string, unknown>;
    }
    const kept: Record<string, unknown> = {};
    const reset: string[] = [];
    for (const key of Object.keys(AuthoritySettings.shape)) {
      if (!Object.hasOwn(value, key)) continue;
      const one = AuthoritySettings.safeParse({ [key]: value[key] });
      if (one.success) kept[key] = value[key];
      else reset.push(key);
    }
    const settings = AuthoritySettings.parse(kept);
    this.write(JSON.stringify(settings));
    return { settings, reset: stored.notJson ? ['*'] : reset };
  }

  private write(data: string): void {
    this.authorCache = null;
    exec(
      this.db,
      sql
        .insertInto('settings')
        .values({ key: KEY, data })
        .onConflict((oc) => oc.column('key').doUpdateSet({ data })),
    );
  }
}

function damaged(stored: Extract<Stored, { state: 'damaged' }>): CommandError {
  return new CommandError(
    'settings_damaged',
    stored.notJson
      ? 'The saved settings are not readable (not JSON): nothing was changed. Repair them or restore a backup.'
      : `The saved settings are damaged (${stored.fields.join(', ')}): nothing was changed. Repair them or restore a backup.`,
    { fields: stored.fields, notJson: stored.notJson, repair: 'atelier settings repair', backups: 'atelier backups list' },
  );
}
