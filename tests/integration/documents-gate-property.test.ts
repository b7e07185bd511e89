import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocumentPackage } from '../../src-main/documents/package';
import { gate } from '../../src-shared/method/readiness';
import type { AuthoritySettings, ProgrammeSnapshot } from '../../src-shared/model';
import { MARKER, xmlParts } from '../helpers/docx-text';
import { completeProgramme, completeSettings, IDS } from '../unit/readiness-fixture';

/**
 * One gate (issue 10, deliverable 3): over generated programmes, the gate says ready exactly when the final package
 * is produced, and a produced final package holds no marker in any part of any document.
 */

type Mutation = (s: ProgrammeSnapshot, st: AuthoritySettings) => [ProgrammeSnapshot, AuthoritySettings];

const framing = (field: keyof ProgrammeSnapshot['framing'], value: unknown): Mutation => (s, st) => [
  { ...s, framing: { ...s.framing, [field]: value } },
  st,
];
const session = (field: keyof ProgrammeSnapshot['session'], value: unknown): Mutation => (s, st) => [
  { ...s, session: { ...s.session, [field]: value } },
  st,
];
const setting = (field: keyof AuthoritySettings, value: unknown): Mutation => (s, st) => [s, { ...st, [field]: value }];
const party = (index: number, field: 'seat' | 'representedBy' | 'name', value: string): Mutation => (s, st) => [
  { ...s, parties: s.parties.map((p, i) => (i === index ? { ...p, [field]: value } : p)) },
  st,
];
const clause = (fields: Record<string, unknown>): Mutation => (s, st) => [
  { ...s, clauses: s.clauses.map((c, i) => (i === 0 ? { ...c, ...fields } : c)) },
  st,
];

/** Things an officer does, some of which leave something missing and some not. */
const MUTATIONS: Record<string, Mutation> = {
  noTitle: framing('title', ''),
  noPartner: framing('partnerAuthority', ' '),
  noCountry: framing('partnerCountry', ''),
  noStart: framing('startDate', null),
  noHistory: framing('history', ''),
  markerInHistory: framing('history', 'Depuis 2019 [À COMPLÉTER : année du premier échange].'),
  noThemes: framing('themes', []),
  acronym: framing('acronym', 'CAP'),
  noSessionDate: session('sessionDate', null),
  noReportNumber: session('reportNumber', ''),
  noRapporteur: session('rapporteur', ''),
  noChapter: session('budgetChapter', ''),
  noArticle: session('budgetArticle', ''),
  council: session('assembly', 'deliberating_body'),
  opinion: session('committeeOpinion', 'avis favorable de la commission Solidarités du 1er mars 2027'),
  creditsMatch: session('paymentCredits', [{ year: 2027, amount: 3000 }]),
  creditsWrong: session('paymentCredits', [{ year: 2027, amount: 1000 }, { year: 2028, amount: 1000 }]),
  noAuthority: setting('name', ''),
  noPresident: setting('presidentName', ''),
  presidente: setting('presidentTitle', 'presidente'),
  noCourt: setting('appealCourt', ''),
  noDelegation: setting('delegationDeliberation', ''),
  noSeat: party(0, 'seat', ''),
  noRepresentative: party(1, 'representedBy', ''),
  clauseEditedWithMarker: clause({ edited: true, text: 'Objet : [à compléter : objet précis]' }),
  clauseEditedEmpty: clause({ edited: true, text: '' }),
  clauseEdited: clause({ edited: true, text: 'La convention organise la coopération des deux collectivités.' }),
  clauseStaleMarker: clause({ edited: false, text: '[À compléter : montant]' }),
  partnerLanguage: framing('partnerLanguage', 'wo'),
  noClauses: (s, st) => [{ ...s, clauses: [] }, st],
  noLeadMoney: (s, st) => [{ ...s, contributions: s.contributions.filter((c) => c.funderId !== IDS.funderDep) }, st],
  inKindToo: (s, st) => [
    {
      ...s,
      contributions: [...s.contributions, { id: 'c0000000-0000-7000-8000-000000000001', funderId: IDS.funderDep, year: 2028, nature: 'in_kind', amount: 500 }],
      budgetLines: [...s.budgetLines, { ...s.budgetLines[0]!, id: 'c0000000-0000-7000-8000-000000000002', label: 'Temps agents', nature: 'in_kind', quantity: 1, unitCost: 500 }],
    },
    st,
  ],
  noBudget: (s, st) => [{ ...s, budgetLines: [] }, st],
  noSignatory: (s, st) => [{ ...s, signatories: [] }, st],
  noGovernance: (s, st) => [{ ...s, governance: { ...s.governance, steeringComposition: '' } }, st],
  noGoalText: (s, st) => [{ ...s, logframe: s.logframe.map((r) => (r.id === IDS.goal ? { ...r, text: '' } : r)) }, st],
};

describe('the gate decides the final package', () => {
  it('ready ⇔ the final package is produced, and a produced package holds no marker in any part', async () => {
    let produced = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.subarray(Object.keys(MUTATIONS), { maxLength: 4 }), async (names) => {
        let [s, st] = [completeProgramme(), completeSettings()];
        for (const name of names) [s, st] = MUTATIONS[name]!(s, st);
        const { ready, blocking } = gate(s, st);
        let files: Array<{ bytes: Uint8Array }> | null = null;
        try {
          files = await buildDocumentPackage(s, st, { locale: 'fr', draft: false });
        } catch (error) {
          expect((error as { code?: string }).code).toBe('document_incomplete');
          // The export refuses on the gate's own list (nothing it found that the gate did not).
          const items = ((error as { details?: { items?: Array<{ id: string }> } }).details?.items ?? []).map((i) => i.id);
          expect(items, names.join(', ')).toEqual(blocking.map((i) => i.id));
        }
        expect(files !== null, `${names.join(', ')}: ${blocking.map((i) => i.id).join(', ')}`).toBe(ready);
        if (!files) {
          refused++;
          return;
        }
        produced++;
        for (const file of files)
          for (const [part, xml] of Object.entries(xmlParts(file.bytes)))
            expect(MARKER.test(xml), `${names.join(', ')}: marker in ${part}`).toBe(false);
      }),
      { numRuns: 40, seed: 20261201, examples: [[[]], [['clauseStaleMarker', 'acronym']], [['markerInHistory']], [['council', 'noDelegation']]] },
    );
    // Both outcomes were exercised (otherwise the property says nothing).
    expect(produced).toBeGreaterThan(3);
    expect(refused).toBeGreaterThan(3);
  }, 240_000);
});
