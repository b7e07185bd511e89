import type { AuthoritySettings, ProgrammeSnapshot } from '../model';
import { isSiret } from '../model/siret';
import { isMatiereCode, matiereName, transmissionSheet } from './actes';
import { programmeFacts } from './facts';

/**
 * One row of the SCDL « délibérations » schema (Socle commun des données locales, OpenDataFrance, version 2.1.5:
 * schema.data.gouv.fr/scdl/deliberations), the open data of the acts a local authority adopts. Field types and
 * patterns are the schema's: COLL_SIRET ^\d{14}$, DELIB_DATE and PREF_DATE ISO 8601 dates, DELIB_MATIERE_CODE
 * ^\d\.\d{1,2}$ (level 2 of the ACTES nomenclature, 1.1–9.4), DELIB_MATIERE_NOM « level 1/level 2 » in lower case,
 * BUDGET_ANNEE ^[0-9]{4}(\/[0-9]{4})?$, VOTE_* integers, DELIB_URL an URI; a missing value is "".
 * CSV as Table Schema publishes it (frictionless CSV dialect defaults): UTF-8, comma, double quotes, CRLF.
 */
export const SCDL_FIELDS = [
  'COLL_NOM',
  'COLL_SIRET',
  'DELIB_ID',
  'DELIB_DATE',
  'DELIB_MATIERE_CODE',
  'DELIB_MATIERE_NOM',
  'DELIB_OBJET',
  'BUDGET_ANNEE',
  'BUDGET_NOM',
  'PREF_ID',
  'PREF_DATE',
  'VOTE_EFFECTIF',
  'VOTE_REEL',
  'VOTE_POUR',
  'VOTE_CONTRE',
  'VOTE_ABSTENTION',
  'DELIB_URL',
] as const;
export type ScdlField = (typeof SCDL_FIELDS)[number];
export type ScdlRow = Record<ScdlField, string>;

const REQUIRED: readonly ScdlField[] = ['COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET'];
const INTEGER: readonly ScdlField[] = ['VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE', 'VOTE_ABSTENTION'];

export type ScdlProblem = { field: ScdlField; problem: 'required' | 'pattern' | 'siret_key' | 'matiere_unknown' | 'votes_exceed' };

const isIsoDate = (x: string) => /^\d{4}-\d{2}-\d{2}$/.test(x) && !Number.isNaN(Date.parse(`${x}T00:00:00Z`)) && new Date(`${x}T00:00:00Z`).toISOString().startsWith(x);
/** An absolute URI (RFC 3986 scheme, then no space); the schema's « format uri ». */
const isUri = (x: string) => /^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(x);
const PATTERNS: Partial<Record<ScdlField, (x: string) => boolean>> = {
  COLL_SIRET: (x) => /^\d{14}$/.test(x),
  DELIB_DATE: isIsoDate,
  DELIB_MATIERE_CODE: (x) => /^\d\.\d{1,2}$/.test(x),
  BUDGET_ANNEE: (x) => /^[0-9]{4}(\/[0-9]{4})?$/.test(x),
  PREF_DATE: isIsoDate,
  DELIB_URL: isUri,
  ...Object.fromEntries(INTEGER.map((f) => [f, (x: string) => /^\d+$/.test(x)])),
};

/** Every way the row departs from the schema (empty when it is valid). */
export function validateScdlRow(row: ScdlRow): ScdlProblem[] {
  const problems: ScdlProblem[] = [];
  for (const field of SCDL_FIELDS) {
    const value = row[field];
    if (!value) {
      if (REQUIRED.includes(field)) problems.push({ field, problem: 'required' });
      continue;
    }
    if (PATTERNS[field] && !PATTERNS[field]!(value)) problems.push({ field, problem: 'pattern' });
  }
  if (/^\d{14}$/.test(row.COLL_SIRET) && !isSiret(row.COLL_SIRET)) problems.push({ field: 'COLL_SIRET', problem: 'siret_key' });
  if (row.DELIB_MATIERE_CODE && /^\d\.\d{1,2}$/.test(row.DELIB_MATIERE_CODE) && !isMatiereCode(row.DELIB_MATIERE_CODE))
    problems.push({ field: 'DELIB_MATIERE_CODE', problem: 'matiere_unknown' });
  const n = (f: ScdlField) => (row[f] ? Number(row[f]) : 0);
  if (row.VOTE_REEL && n('VOTE_POUR') + n('VOTE_CONTRE') + n('VOTE_ABSTENTION') > n('VOTE_REEL')) problems.push({ field: 'VOTE_REEL', problem: 'votes_exceed' });
  if (row.VOTE_EFFECTIF && row.VOTE_REEL && n('VOTE_REEL') > n('VOTE_EFFECTIF')) problems.push({ field: 'VOTE_EFFECTIF', problem: 'votes_exceed' });
  return problems;
}

const count = (x: number | null) => (x === null ? '' : String(x));

/** The programme's deliberation as one SCDL row (its objet and matière are the transmission sheet's). */
export function scdlRow(s: ProgrammeSnapshot, settings: AuthoritySettings): ScdlRow {
  const facts = programmeFacts(s, settings, 'fr');
  const deliberation = transmissionSheet(s, settings)[0]!;
  const years = facts.session.paymentCredits.map((c) => c.year);
  const first = years[0];
  const last = years[years.length - 1];
  const v = s.session.vote;
  const t = s.session.transmission;
  return {
    COLL_NOM: settings.name.trim(),
    COLL_SIRET: settings.siret,
    DELIB_ID: s.session.deliberationNumber.trim(),
    DELIB_DATE: s.session.sessionDate ?? '',
    DELIB_MATIERE_CODE: deliberation.matiere.code,
    DELIB_MATIERE_NOM: matiereName(deliberation.matiere.code),
    DELIB_OBJET: deliberation.objet,
    BUDGET_ANNEE: first === undefined ? '' : first === last ? String(first) : `${first}/${last}`,
    BUDGET_NOM: facts.money.lead.cash > 0 ? 'Budget principal' : '',
    PREF_ID: t.prefectureId.trim(),
    PREF_DATE: t.prefectureDate ?? '',
    VOTE_EFFECTIF: count(v.members),
    VOTE_REEL: count(v.voters),
    VOTE_POUR: count(v.for),
    VOTE_CONTRE: count(v.against),
    VOTE_ABSTENTION: count(v.abstain),
    DELIB_URL: t.publicationUrl.trim(),
  };
}

const quoteCsv = (x: string) => (/[",\r\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x);

/** The CSV text: the header then one line per row (RFC 4180 quoting, CRLF). */
export function scdlCsv(rows: readonly ScdlRow[]): string {
  const lines = [SCDL_FIELDS.join(','), ...rows.map((r) => SCDL_FIELDS.map((f) => quoteCsv(r[f])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
