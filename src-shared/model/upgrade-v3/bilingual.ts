import type { SnapshotUpgrade } from '../upgrades';

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The headings table of schema 3 with nothing written (frozen: literal keys, not the live list). */
const EMPTY_HEADINGS = {
  title: '',
  version: '',
  parties: '',
  and: '',
  seat: '',
  representedBy: '',
  actingUnder: '',
  hereafterLead: '',
  hereafterPartner: '',
  visas: '',
  visaPrefix: '',
  visaCgct: '',
  visaDeliberation: '',
  preamble: '',
  agreed: '',
  article: '',
  doneAt: '',
  forParty: '',
};

/**
 * Schema 2 → 3, bilingual conventions and partner authorities abroad (issue 13, deliverables 3 and 4): every field is
 * new and starts empty, with the two-column layout that schema 2 printed. Values already there are kept.
 */
export const bilingualStep: SnapshotUpgrade = (older) => {
  const governance = isObject(older.governance) ? older.governance : undefined;
  return {
    ...older,
    ...(governance
      ? {
          governance: {
            conventionLayout: 'columns',
            objectPartner: '',
            preamblePartner: '',
            ...governance,
            partnerHeadings: { ...EMPTY_HEADINGS, ...(isObject(governance.partnerHeadings) ? governance.partnerHeadings : {}) },
          },
        }
      : {}),
    ...(Array.isArray(older.parties)
      ? { parties: older.parties.map((p) => (isObject(p) ? { partyType: '', executiveTitle: '', ...p } : p)) }
      : {}),
    ...(Array.isArray(older.clauses)
      ? { clauses: older.clauses.map((c) => (isObject(c) ? { partnerTitle: '', ...c } : c)) }
      : {}),
  };
};
