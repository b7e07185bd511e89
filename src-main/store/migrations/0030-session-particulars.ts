import type { Migration } from './types';

/**
 * Data schema 2: the particulars of the passage before the assembly (session date, rapport and délibération numbers,
 * rapporteur, imputation, AP and CP) move from the authority's settings, where one value served every programme, into
 * each programme's `session` section. Frozen: literal SQL and the values of schema 2 written out here; nothing from
 * the live model. Runs inside the migrations' one transaction, after the before-migration backup.
 *
 * Crédits de paiement were free text in version 1. Text made only of "year : amount" items (« CP 2027 : 30 000 € ;
 * CP 2028 : 35 000 € », one per line or separated by « ; ») becomes the table {year, amount}. Any other text is never
 * dropped: it is appended to the AP field (« …, crédits de paiement <text> »), which the officer sees on the
 * programme's « Passage en séance » screen and the délibération prints where version 1 printed the CP.
 */
export const m0030SessionParticulars: Migration = {
  version: 30,
  name: 'session-particulars',
  up(db) {
    const row = db.prepare(`SELECT data FROM settings WHERE key = 'departement'`).get() as { data: string } | undefined;
    const settings = row ? (JSON.parse(row.data) as Record<string, unknown>) : {};
    const session = sessionFrom(settings);
    const data = JSON.stringify(session);
    // Every programme, the bin included; a section already there (a development build) is kept as it is.
    // (`WHERE true` lets SQLite parse an upsert after a SELECT.)
    db.prepare(
      `INSERT INTO sections (programme_id, key, data)
       SELECT id, 'session', ? FROM programmes WHERE true
       ON CONFLICT (programme_id, key) DO NOTHING`,
    ).run(data);
    db.exec(`UPDATE programmes SET schema_version = 2 WHERE schema_version = 1`);
    // Merge bases are the snapshots exchanged with the partner, who had no session particulars: an empty section,
    // like the archive upgrade, so the next merge reads the local values as a local change, not a conflict.
    db.prepare(
      `UPDATE merge_bases
       SET snapshot = json_set(snapshot, '$.schemaVersion', 2, '$.session', json(?))
       WHERE json_extract(snapshot, '$.schemaVersion') = 1`,
    ).run(JSON.stringify(EMPTY_SESSION));
    db.exec(`
      UPDATE settings
      SET data = json_remove(data, '$.assembly', '$.sessionDate', '$.reportNumber', '$.deliberationNumber', '$.rapporteur',
        '$.budgetChapter', '$.budgetArticle', '$.budgetProgramme', '$.authorisationProgramme', '$.paymentCredits')
      WHERE key = 'departement'
    `);
    // Frozen versions keep their snapshot as voted (read-only by trigger, checked by their sha256).
  },
};

/** The `session` section of schema 2, as it was when this migration was written. */
interface SessionV2 {
  assembly: 'conseil_departemental' | 'commission_permanente';
  sessionDate: string | null;
  reportNumber: string;
  deliberationNumber: string;
  rapporteur: string;
  committeeOpinion: string;
  budgetChapter: string;
  budgetArticle: string;
  budgetProgramme: string;
  authorisationProgramme: string;
  paymentCredits: Array<{ year: number; amount: number }>;
}

/** That section with nothing filled in. */
const EMPTY_SESSION: SessionV2 = {
  assembly: 'commission_permanente',
  sessionDate: null,
  reportNumber: '',
  deliberationNumber: '',
  rapporteur: '',
  committeeOpinion: '',
  budgetChapter: '',
  budgetArticle: '',
  budgetProgramme: '',
  authorisationProgramme: '',
  paymentCredits: [],
};

const TEXT_FIELDS = ['reportNumber', 'deliberationNumber', 'rapporteur', 'budgetChapter', 'budgetArticle', 'budgetProgramme', 'authorisationProgramme'] as const;

/** A version-1 text setting as schema 2 accepts it (a value of another shape was ignored by version 1 too). */
const textOf = (value: unknown): string => (typeof value === 'string' && value.length <= 2_000 ? value : '');

function sessionFrom(settings: Record<string, unknown>): SessionV2 {
  const session: SessionV2 = { ...EMPTY_SESSION, paymentCredits: [] };
  if (settings.assembly === 'conseil_departemental' || settings.assembly === 'commission_permanente') session.assembly = settings.assembly;
  if (typeof settings.sessionDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(settings.sessionDate)) session.sessionDate = settings.sessionDate;
  for (const key of TEXT_FIELDS) session[key] = textOf(settings[key]);
  const credits = textOf(settings.paymentCredits).trim();
  if (credits) {
    const table = paymentCreditsTable(credits);
    if (table) session.paymentCredits = table;
    else {
      const ap = session.authorisationProgramme.trim();
      session.authorisationProgramme = ap ? `${ap}, crédits de paiement ${credits}` : `Crédits de paiement ${credits}`;
    }
  }
  return session;
}

// « CP 2027 : 30 000 € », « 2028 = 35 000,50 euros », « CP 2029 – 25000 »: a year, then an amount in euros.
const CREDIT_ITEM =
  /^(?:CP\s+)?(\d{4})\s*(?::|=|–|—|-)?\s*(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,(\d{1,2}))?\s*(?:€|euros?|EUR)?\s*\.?$/i;

/** The yearly table when every item of the text reads as "year : amount" (each year once), else null. */
export function paymentCreditsTable(text: string): SessionV2['paymentCredits'] | null {
  const items = text
    .split(/[;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const table: SessionV2['paymentCredits'] = [];
  for (const item of items) {
    const match = CREDIT_ITEM.exec(item);
    if (!match) return null;
    const year = Number(match[1]);
    const cents = match[3] ? Number(match[3].padEnd(2, '0')) : 0;
    const amount = Number(match[2]!.replace(/[ \u00a0\u202f.]/g, '')) + cents / 100;
    if (year < 2000 || year > 2100 || amount > 1e12 || table.some((c) => c.year === year)) return null;
    table.push({ year, amount });
  }
  return table.length > 0 ? table : null;
}
