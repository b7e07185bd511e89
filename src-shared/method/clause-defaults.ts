import { CLAUSE_KEYS, type DepartementSettings, type ProgrammeSnapshot } from '../model';
import { formatDate, formatMoney, monthsBetween } from '../i18n/format';
import { countryName } from './countries';

/**
 * Default text of each convention clause (DOMAIN.md §5), written from the programme in French
 * administrative style. The officer edits them; "reset" brings the generated text back. A value the
 * programme lacks appears as a visible marker « [à compléter : …] », never as "undefined" or a blank.
 */

export type StandardClauseKey = (typeof CLAUSE_KEYS)[number];

const NNBSP = '\u202f';

export const CLAUSE_TITLES: Record<StandardClauseKey, string> = {
  purpose: 'Objet',
  duration: 'Durée et entrée en vigueur',
  commitments_departement: 'Engagements du Département',
  commitments_partner: 'Engagements de la collectivité partenaire',
  governance: 'Gouvernance et pilotage',
  financial_terms: 'Dispositions financières',
  monitoring_evaluation: 'Suivi et évaluation',
  communication: 'Communication et visibilité des financeurs',
  intellectual_property: 'Propriété intellectuelle',
  amendments: 'Avenants',
  termination: 'Résiliation',
  disputes: 'Règlement des différends',
  applicable_law: 'Droit applicable',
  languages_originals: 'Langues et exemplaires originaux',
  annexes: 'Annexes',
};

/** Clauses a convention under article L. 1115-1 cannot go without; the others start as optional. */
export const REQUIRED_CLAUSES: ReadonlySet<StandardClauseKey> = new Set([
  'purpose',
  'duration',
  'commitments_departement',
  'commitments_partner',
  'governance',
  'financial_terms',
  'termination',
  'disputes',
  'applicable_law',
  'languages_originals',
]);

/** The visible marker of a missing value. */
export function missingMarker(what: string): string {
  return `[à compléter${NNBSP}: ${what}]`;
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'anglais',
  es: 'espagnol',
  pt: 'portugais',
  ar: 'arabe',
  vi: 'vietnamien',
  km: 'khmer',
  lo: 'lao',
  mg: 'malgache',
  ht: 'créole haïtien',
  wo: 'wolof',
  de: 'allemand',
  it: 'italien',
  ro: 'roumain',
  pl: 'polonais',
  uk: 'ukrainien',
  zh: 'chinois',
  hy: 'arménien',
};

/** French spacing: narrow no-break space before ; : ! ? and inside « ». */
function typeset(text: string): string {
  return text
    .replace(/ ([;:!?])/g, `${NNBSP}$1`)
    .replace(/« /g, `«${NNBSP}`)
    .replace(/ »/g, `${NNBSP}»`);
}

const money = (n: number) => formatMoney(n, 'fr', { cents: true });
const date = (iso: string | null) => (iso ? formatDate(iso, 'fr', 'long') : null);

/** What the clauses say, gathered once from the programme. */
export interface ClauseFacts {
  departement: string;
  partner: string;
  country: string;
  title: string;
  start: string;
  end: string;
  months: string;
  departementTotal: number | null;
  departementInKind: number;
  departementByYear: Array<[number, number]>;
  partnerTotal: number;
  goal: string | null;
  specifics: string[];
  steering: string;
  steeringFrequency: string;
  technical: string;
  focalPoints: string;
  partnerLanguage: string;
  signatories: string[];
}

export function clauseFacts(s: ProgrammeSnapshot, settings: Pick<DepartementSettings, 'name'>): ClauseFacts {
  const f = s.framing;
  const partyName = (role: 'departement' | 'partner') => s.parties.find((p) => p.role === role)?.name.trim() ?? '';
  const departementFunders = new Set(s.funders.filter((x) => x.kind === 'departement').map((x) => x.id));
  const partnerFunders = new Set(s.funders.filter((x) => x.kind === 'partner_authority').map((x) => x.id));
  const deptContribs = s.contributions.filter((c) => departementFunders.has(c.funderId));
  const byYear = new Map<number, number>();
  for (const c of deptContribs) if (c.year !== null) byYear.set(c.year, (byYear.get(c.year) ?? 0) + c.amount);
  const months = monthsBetween(f.startDate, f.endDate);
  const goal = s.logframe.find((r) => r.level === 'goal')?.text.trim() || null;
  const parties = new Map(s.parties.map((p) => [p.id, p.name]));
  return {
    departement: partyName('departement') || settings.name.trim() || missingMarker('nom du Département'),
    partner: partyName('partner') || f.partnerAuthority.trim() || missingMarker('collectivité partenaire'),
    country: f.partnerCountry ? countryName(f.partnerCountry, 'fr') : missingMarker('pays du partenaire'),
    title: f.title.trim() ? `« ${f.title.trim()} »${f.acronym.trim() ? ` (${f.acronym.trim()})` : ''}` : missingMarker('intitulé du programme'),
    start: date(f.startDate) ?? missingMarker('date de début'),
    end: date(f.endDate) ?? missingMarker('date de fin'),
    months: months === null ? missingMarker('durée') : `${months} mois`,
    departementTotal: deptContribs.length > 0 ? deptContribs.reduce((sum, c) => sum + c.amount, 0) : null,
    departementInKind: deptContribs.filter((c) => c.nature === 'in_kind').reduce((sum, c) => sum + c.amount, 0),
    departementByYear: [...byYear.entries()].sort((a, b) => a[0] - b[0]),
    partnerTotal: s.contributions.filter((c) => partnerFunders.has(c.funderId)).reduce((sum, c) => sum + c.amount, 0),
    goal,
    specifics: s.logframe.filter((r) => r.level === 'specific' && r.text.trim()).map((r) => r.text.trim()),
    steering: s.governance.steeringComposition.trim(),
    steeringFrequency: s.governance.steeringFrequency.trim(),
    technical: s.governance.technicalCommittee.trim(),
    focalPoints: s.governance.focalPoints.trim(),
    partnerLanguage: f.partnerLanguage,
    signatories: s.signatories
      .filter((x) => x.name.trim())
      .map((x) => {
        const party = x.partyId ? parties.get(x.partyId) : undefined;
        const deliberation = x.deliberationDate ? `, agissant en vertu de la délibération${x.deliberationNumber ? ` n° ${x.deliberationNumber}` : ''} du ${date(x.deliberationDate)}` : '';
        return `${x.name.trim()}${x.function.trim() ? `, ${x.function.trim()}` : ''}${party ? ` (${party})` : ''}${deliberation}`;
      }),
  };
}

const sentenceEnd = (text: string) => (/[.!?…»)]$/.test(text) ? text : `${text}.`);

type Writer = (x: ClauseFacts) => string;

const WRITERS: Record<StandardClauseKey, Writer> = {
  purpose: (x) =>
    [
      `La présente convention a pour objet de définir les conditions dans lesquelles ${x.departement} et ${x.partner} (${x.country}) mettent en œuvre conjointement le programme de coopération décentralisée ${x.title}, dans le domaine de l’inclusion économique et sociale.`,
      x.goal ? `Le programme contribue à l’objectif global suivant : ${sentenceEnd(x.goal)}` : null,
      x.specifics.length > 0
        ? `Il poursuit ${x.specifics.length > 1 ? 'les objectifs spécifiques suivants' : 'l’objectif spécifique suivant'} :\n${x.specifics.map((o) => `– ${o}`).join(' ;\n')}.`
        : null,
      'Ce partenariat repose sur la réciprocité, le respect des compétences de chaque collectivité et la co-construction des actions avec les acteurs et les personnes concernées des deux territoires. Le programme, son cadre logique et son plan de financement figurent en annexe.',
    ]
      .filter(Boolean)
      .join('\n\n'),
  duration: (x) =>
    `La présente convention est conclue pour une durée de ${x.months}, du ${x.start} au ${x.end}.\n\nElle entre en vigueur à la date de sa signature par les parties, après sa transmission au représentant de l’État dans le département conformément aux articles L. 3131-1 et L. 3131-2 du code général des collectivités territoriales. Elle peut être prolongée par avenant.`,
  commitments_departement: (x) =>
    [
      `${x.departement} s’engage à :`,
      '– contribuer à la conception, à la mise en œuvre, au suivi et à l’évaluation du programme avec son partenaire ;',
      `– apporter une contribution financière prévisionnelle de ${x.departementTotal === null ? missingMarker('montant de la contribution du Département') : money(x.departementTotal)}${x.departementInKind > 0 ? `, dont ${money(x.departementInKind)} en valorisation de moyens en nature` : ''}, dans les conditions prévues par la présente convention ;`,
      '– mobiliser l’expertise de ses services, notamment ses services sociaux et d’insertion, et des acteurs de son territoire ;',
      '– faire connaître le programme sur son territoire et en tirer les enseignements utiles à ses propres politiques de solidarité (réciprocité).',
    ].join('\n'),
  commitments_partner: (x) =>
    [
      `${x.partner} s’engage à :`,
      '– assurer la conduite des actions sur son territoire, dans le respect de ses compétences, et désigner un point focal ;',
      x.partnerTotal > 0 ? `– apporter une contribution prévisionnelle de ${money(x.partnerTotal)} ;` : '– apporter les moyens humains et matériels nécessaires au bon déroulement du programme ;',
      '– associer les acteurs locaux et les personnes concernées à la définition et au suivi des actions ;',
      '– transmettre les rapports d’activité et les justificatifs financiers prévus par la présente convention.',
    ].join('\n'),
  governance: (x) =>
    [
      `Un comité de pilotage conjoint oriente le programme, valide les plans d’action annuels et examine les rapports d’exécution. Composition : ${x.steering ? sentenceEnd(x.steering) : `${missingMarker('composition du comité de pilotage')}.`}`,
      `Il se réunit selon la fréquence suivante : ${x.steeringFrequency ? sentenceEnd(x.steeringFrequency) : `${missingMarker('fréquence des réunions')}.`}`,
      x.technical ? `Comité technique : ${sentenceEnd(x.technical)}` : 'Un comité technique, composé des points focaux et des équipes chargées des actions, assure le suivi opérationnel et prépare les réunions du comité de pilotage.',
      `Points focaux : ${x.focalPoints ? sentenceEnd(x.focalPoints) : `${missingMarker('points focaux')}.`}`,
    ].join('\n\n'),
  financial_terms: (x) =>
    [
      `Le montant prévisionnel des engagements financiers de ${x.departement}, au sens de l’article L. 1115-1 du code général des collectivités territoriales, s’élève à ${x.departementTotal === null ? missingMarker('montant prévisionnel') : money(x.departementTotal)}.`,
      x.departementByYear.length > 1
        ? `Il se répartit comme suit :\n${x.departementByYear.map(([y, a]) => `– ${y} : ${money(a)}`).join(' ;\n')}.`
        : null,
      'Les versements interviennent sous réserve de l’inscription des crédits au budget et de leur vote par l’assemblée délibérante : une avance à la signature de la convention, puis des versements annuels sur présentation d’un rapport d’activité et d’un état des dépenses réalisées, visés par le représentant légal du partenaire.',
      'Les sommes non utilisées ou employées à un autre objet que celui de la présente convention font l’objet d’un reversement.',
    ]
      .filter(Boolean)
      .join('\n\n'),
  monitoring_evaluation: () =>
    'Les parties assurent conjointement le suivi du programme à l’aide des indicateurs du cadre logique annexé. Un rapport d’étape est établi chaque année et une évaluation finale, associant les acteurs des deux territoires, est réalisée au terme du programme. Ses enseignements font l’objet d’une fiche de capitalisation.',
  communication: (x) =>
    `Les parties font mention de leur partenariat et du soutien de chaque financeur, logos à l’appui, sur tous les supports de communication relatifs au programme. ${x.departement} peut valoriser les actions menées auprès des habitants de son territoire, dans le cadre de ses actions d’éducation à la citoyenneté mondiale.`,
  intellectual_property: () =>
    'Les documents, études et outils produits dans le cadre du programme sont la propriété commune des parties, qui peuvent les utiliser librement à des fins non commerciales en citant leur origine. Les droits des tiers auteurs sont réservés.',
  amendments: () =>
    'Toute modification de la présente convention fait l’objet d’un avenant écrit, approuvé dans les mêmes formes par chacune des parties. Les ajustements du plan d’action qui n’affectent ni l’objet, ni la durée, ni le montant des engagements financiers peuvent être décidés par le comité de pilotage.',
  termination: () =>
    'En cas de non-respect par l’une des parties de ses engagements, la présente convention peut être résiliée par l’autre partie à l’expiration d’un délai de trois mois suivant l’envoi d’une lettre recommandée avec accusé de réception valant mise en demeure restée sans effet. Chaque partie peut également y mettre fin, pour un motif d’intérêt général, en respectant un préavis de trois mois.',
  disputes: () =>
    'Les parties s’efforcent de régler à l’amiable tout différend relatif à l’interprétation ou à l’exécution de la présente convention, au besoin par la réunion du comité de pilotage. À défaut d’accord dans un délai de deux mois, le différend peut être porté devant la juridiction compétente.',
  applicable_law: (x) =>
    `La présente convention est conclue en application des articles L. 1115-1 et suivants du code général des collectivités territoriales et est régie par le droit français. ${x.partner} agit dans le respect de la législation qui lui est applicable (${x.country}) et atteste disposer de la capacité juridique de la signer.`,
  languages_originals: (x) =>
    x.partnerLanguage !== 'fr'
      ? `La présente convention est établie en français et en ${LANGUAGE_NAMES[x.partnerLanguage] ?? x.partnerLanguage}, en quatre exemplaires originaux, deux pour chaque partie. En cas de divergence d’interprétation, la version française fait foi.`
      : 'La présente convention est établie en langue française, en deux exemplaires originaux, un pour chaque partie.',
  annexes: () =>
    'Sont annexés à la présente convention et en font partie intégrante :\n– annexe 1 : le cadre logique du programme ;\n– annexe 2 : les indicateurs de suivi ;\n– annexe 3 : le budget et le plan de financement ;\n– annexe 4 : le chronogramme des activités.',
};

export function isStandardClauseKey(key: string): key is StandardClauseKey {
  return (CLAUSE_KEYS as readonly string[]).includes(key);
}

/** Title and text a clause starts from, written from the programme as it is now. */
export function clauseDefault(
  key: StandardClauseKey,
  s: ProgrammeSnapshot,
  settings: Pick<DepartementSettings, 'name'>,
  facts: ClauseFacts = clauseFacts(s, settings),
): { title: string; text: string } {
  return { title: CLAUSE_TITLES[key], text: typeset(WRITERS[key](facts)) };
}
