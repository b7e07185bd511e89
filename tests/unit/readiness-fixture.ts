import { AuthoritySettings, ProgrammeSnapshot, SCHEMA_VERSION, type ProgrammeSnapshot as Snapshot } from '../../src-shared/model';

/** Deterministic ids: "00000000-0000-7000-8000-<n padded>". */
export function idFactory(start = 1): () => string {
  let n = start;
  return () => `00000000-0000-7000-8000-${String(n++).padStart(12, '0')}`;
}

const para = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];
const sections = (word: string) => ({
  population: para(`${word} population`),
  poverty: para(`${word} pauvreté`),
  services: para(`${word} services`),
  institutions: para(`${word} institutions`),
  resources: para(`${word} ressources`),
});

export const IDS = {
  goal: 'a0000000-0000-7000-8000-000000000001',
  os1: 'a0000000-0000-7000-8000-000000000002',
  r11: 'a0000000-0000-7000-8000-000000000003',
  a111: 'a0000000-0000-7000-8000-000000000004',
  os2: 'a0000000-0000-7000-8000-000000000005',
  r21: 'a0000000-0000-7000-8000-000000000006',
  a211: 'a0000000-0000-7000-8000-000000000007',
  funderDep: 'b0000000-0000-7000-8000-000000000001',
  funderState: 'b0000000-0000-7000-8000-000000000002',
  funderPartner: 'b0000000-0000-7000-8000-000000000003',
};

/** A programme with nothing missing: every readiness rule passes on it. Tests break one thing at a time. */
export function completeProgramme(): Snapshot {
  const id = idFactory(100);
  const row = (rid: string, level: string, parentId: string | null, text: string, extra: object = {}) => ({
    id: rid,
    level,
    parentId,
    text,
    sources: 'Rapports',
    assumptions: level === 'goal' ? '' : 'Les élus restent mobilisés',
    means: level === 'activity' ? 'Deux éducateurs' : '',
    ...extra,
  });
  const indicator = (logframeId: string) => ({
    id: id(),
    logframeId,
    wording: 'Nombre de jeunes accompagnés',
    unit: 'jeunes',
    baselineValue: 0,
    baselineDate: '2026-12-31',
    source: 'Registre du service jeunesse',
  });
  const indicators = [IDS.goal, IDS.os1, IDS.r11, IDS.os2, IDS.r21].map(indicator);
  return ProgrammeSnapshot.parse({
    id: id(),
    schemaVersion: SCHEMA_VERSION,
    createdAt: '2026-11-26T08:00:00.000Z',
    updatedAt: '2026-11-26T08:00:00.000Z',
    framing: {
      title: 'Insertion des jeunes',
      partnerAuthority: 'Commune de Ndiawara',
      partnerCountry: 'SN',
      themes: ['youth'],
      startDate: '2027-01-01',
      endDate: '2029-12-31',
      sharedChallenge: 'L’insertion des jeunes sans qualification.',
      reciprocityEffects: 'Des pratiques d’accompagnement rapportées dans nos missions locales.',
      history: 'Les deux collectivités coopèrent depuis 2019.',
    },
    session: {
      assembly: 'delegate',
      rapporteur: 'M. Martin',
      sessionDate: '2027-03-15',
      reportNumber: 'R-2027-12',
      deliberationNumber: 'CP-2027-03-14',
      budgetChapter: '65',
      budgetArticle: '6574',
      budgetProgramme: 'P412',
    },
    targetGroups: [{ id: id(), label: 'Jeunes de 16 à 25 ans' }],
    territories: [
      { id: id(), side: 'france', name: 'Département', sections: sections('Ici') },
      { id: id(), side: 'partner', name: 'Ndiawara', sections: sections('Là-bas') },
    ],
    stakeholders: [{ id: id(), name: 'Mission locale' }],
    problems: [{ id: id(), kind: 'core', text: 'Les jeunes restent sans emploi.' }],
    parties: [
      { id: id(), role: 'lead', name: 'Département', seat: 'Hôtel du Département', representedBy: 'Mme Dupont' },
      { id: id(), role: 'partner', name: 'Commune de Ndiawara', seat: 'Hôtel de ville', representedBy: 'M. Diouf' },
    ],
    signatories: [{ id: id(), name: 'Mme la Présidente', function: 'Présidente' }],
    governance: { steeringComposition: 'Élus et techniciens des deux collectivités', steeringFrequency: 'Deux fois par an' },
    clauses: [{ id: id(), key: 'purpose', title: 'Objet', text: 'La présente convention…' }],
    logframe: [
      row(IDS.goal, 'goal', null, 'Favoriser l’inclusion des jeunes'),
      row(IDS.os1, 'specific', IDS.goal, 'Accompagner vers l’emploi'),
      row(IDS.r11, 'result', IDS.os1, 'Un dispositif d’accompagnement existe'),
      row(IDS.a111, 'activity', IDS.r11, 'Former les éducateurs', { startDate: '2027-02-01', endDate: '2027-06-30', cost: 1000 }),
      row(IDS.os2, 'specific', IDS.goal, 'Échanger les pratiques'),
      row(IDS.r21, 'result', IDS.os2, 'Des échanges ont lieu'),
      row(IDS.a211, 'activity', IDS.r21, 'Organiser des missions', { startDate: '2028-01-01', endDate: '2029-12-31' }),
    ],
    indicators,
    indicatorTargets: indicators.map((i) => ({ id: id(), indicatorId: i.id, kind: 'final', value: 100, date: '2029-12-31' })),
    budgetLines: [
      { id: id(), label: 'Missions', category: 'missions', year: 2027, quantity: 10, unitCost: 1000 },
      { id: id(), label: 'Évaluation', category: 'monitoring_evaluation', year: 2029, quantity: 1, unitCost: 1000, activityId: IDS.a111 },
    ],
    funders: [
      { id: IDS.funderDep, name: 'Département', kind: 'lead_authority' },
      { id: IDS.funderState, name: 'MEAE', kind: 'state_meae' },
      { id: IDS.funderPartner, name: 'Commune', kind: 'partner_authority' },
    ],
    contributions: [
      { id: id(), funderId: IDS.funderDep, year: 2027, nature: 'cash', amount: 3000 },
      { id: id(), funderId: IDS.funderState, year: 2027, nature: 'cash', amount: 7000 },
      { id: id(), funderId: IDS.funderPartner, year: 2027, nature: 'in_kind', amount: 1000 },
    ],
    risks: [{ id: id(), text: 'Changement d’équipe municipale', mitigation: 'Convention signée par l’assemblée' }],
  });
}

export function completeSettings(): AuthoritySettings {
  return AuthoritySettings.parse({
    name: 'Département de la Loire',
    presidentName: 'Mme Dupont',
    appealCourt: 'Tribunal administratif de Lyon',
    delegationDeliberation: 'n° 2025-01 du 2 juillet 2025',
  });
}
