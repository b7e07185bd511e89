import { amountInDocument, asSentence, insertedText, typeset } from '../i18n/typography';
import { CLAUSE_KEYS, AuthoritySettings, type Clause, type ProgrammeSnapshot } from '../model';
import { coFundersPhrase, PUBLIC_FUNDING_AGREEMENT_THRESHOLD, publicFundersAbove } from './deliberation';
import { form, programmeFacts, type ProgrammeFacts } from './facts';
import { clauseWords } from './lead-author';
import { fill, lineText, mergeLine, textWithMarkers, type Line, type Piece } from './pieces';

/**
 * Default text of each convention clause (DOMAIN.md §5), a template rendered from the facts module whenever a
 * document is built: an unedited clause always says what the programme says today. An edited clause keeps the
 * officer's text (a marker left in it still counts as missing). French administrative style.
 */

export type StandardClauseKey = (typeof CLAUSE_KEYS)[number];

export const CLAUSE_TITLES: Record<StandardClauseKey, string> = {
  purpose: 'Objet',
  duration: 'Durée et entrée en vigueur',
  commitments_lead: 'Engagements du Département',
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
  'commitments_lead',
  'commitments_partner',
  'governance',
  'financial_terms',
  'termination',
  'disputes',
  'applicable_law',
  'languages_originals',
]);

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

const money = (n: number) => amountInDocument(n, 'fr');
const list = (items: string[]) => items.map((o, i) => `– ${insertedText(o, 'fr')}${i === items.length - 1 ? '.' : ' ;'}`).join('\n');

/** "… de 45 000,00 € en numéraire et d’une contribution en nature valorisée à 15 000,00 €", by what is planned. */
function contribution(cash: number, inKind: number, ifNone: Piece): Line {
  if (cash > 0 && inKind > 0) return [`${money(cash)} en numéraire, ainsi qu’une contribution en nature valorisée à ${money(inKind)}`];
  if (cash > 0) return [`${money(cash)} en numéraire`];
  if (inKind > 0) return [`${money(inKind)}, sous la forme d’une contribution en nature valorisée`];
  return [ifNone];
}

type Writer = (x: ProgrammeFacts, s: ProgrammeSnapshot) => Line;

const join = (...parts: Array<Line | string | null>): Line =>
  mergeLine(parts.filter((p): p is Line | string => p !== null && p !== '').flatMap((p, i) => [...(i ? ['\n\n'] : []), ...(typeof p === 'string' ? [p] : p)]));

const WRITERS: Record<StandardClauseKey, Writer> = {
  purpose: (x) =>
    join(
      fill(
        'La présente convention a pour objet de définir les conditions dans lesquelles {{lead}} et {{partner}} ({{country}}) mettent en œuvre conjointement le programme de coopération décentralisée {{title}}, dans le domaine de l’inclusion économique et sociale.',
        { lead: form(x.lead, 'the'), partner: form(x.partner, 'the'), country: x.country, title: x.titleWithAcronym },
      ),
      typeof x.goal === 'string'
        ? `Le programme contribue à l’objectif global suivant : ${insertedText(x.goal, 'fr')}.`
        : fill('Le programme contribue à l’objectif global suivant : {{goal}}.', { goal: x.goal }),
      x.specifics.length > 1
        ? `Il poursuit les objectifs spécifiques suivants :\n${list(x.specifics)}`
        : x.specifics.length === 1
          ? `Il poursuit l’objectif spécifique suivant : ${insertedText(x.specifics[0]!, 'fr')}.`
          : null,
      `Ce partenariat repose sur la réciprocité, ${clauseWords(x.author.type).competences} et la co-construction des actions avec les acteurs et les personnes concernées des deux territoires. Le programme, son cadre logique et son plan de financement figurent en annexe.`,
    ),
  duration: (x) =>
    join(
      fill('La présente convention est conclue pour une durée de {{months}}, du {{start}} au {{end}}.', {
        months: x.months,
        start: x.start,
        end: x.end,
      }),
      clauseWords(x.author.type).entry,
    ),
  commitments_lead: (x) => {
    const m = x.money.lead;
    return mergeLine([
      ...fill('{{lead}} s’engage à :\n', { lead: form(x.lead, 'The') }),
      '– contribuer à la conception, à la mise en œuvre, au suivi et à l’évaluation du programme avec son partenaire ;\n',
      '– apporter une contribution prévisionnelle de ',
      ...contribution(m.cash, m.inKind, x.amounts.leadTotal),
      ', dans les conditions prévues par la présente convention ;\n',
      clauseWords(x.author.type).expertise,
      '– faire connaître le programme sur son territoire et en tirer les enseignements utiles à ses propres politiques de solidarité (réciprocité).',
    ]);
  },
  commitments_partner: (x) => {
    const m = x.money.partner;
    return mergeLine([
      ...fill('{{partner}} s’engage à :\n', { partner: form(x.partner, 'The') }),
      '– assurer la conduite des actions sur son territoire, dans le respect de ses compétences, et désigner un point focal ;\n',
      ...(m.total > 0
        ? ['– apporter une contribution prévisionnelle de ', ...contribution(m.cash, m.inKind, ''), ' ;\n']
        : ['– apporter les moyens humains et matériels nécessaires au bon déroulement du programme ;\n']),
      '– associer les acteurs locaux et les personnes concernées à la définition et au suivi des actions ;\n',
      '– transmettre les rapports d’activité et les justificatifs financiers prévus par la présente convention.',
    ]);
  },
  governance: (_x, s) => {
    const g = s.governance;
    return join(
      'Un comité de pilotage conjoint oriente le programme, valide les plans d’action annuels et examine les rapports d’exécution.',
      g.steeringComposition.trim()
        ? asSentence(g.steeringComposition)
        : fill('Composition du comité de pilotage : {{x}}.', { x: { missing: 'steeringComposition', focus: 'governance.steeringComposition' } }),
      g.steeringFrequency.trim() ? `Fréquence des réunions : ${insertedText(g.steeringFrequency, 'fr')}.` : null,
      g.technicalCommittee.trim()
        ? asSentence(g.technicalCommittee)
        : 'Un comité technique, composé des points focaux et des équipes chargées des actions, assure le suivi opérationnel et prépare les réunions du comité de pilotage.',
      g.focalPoints.trim() ? `Points focaux : ${insertedText(g.focalPoints, 'fr')}.` : null,
    );
  },
  financial_terms: (x, s) => {
    const m = x.money.lead;
    return join(
      mergeLine([
        ...fill('Le montant prévisionnel des engagements financiers {{ofLead}}{{law}} s’élève à ', {
          ofLead: form(x.lead, 'of'),
          law: clauseWords(x.author.type).financialLaw,
        }),
        ...contribution(m.cash, m.inKind, x.amounts.leadTotal),
        ', pour un coût total du programme de ',
        x.amounts.total,
        '.',
      ]),
      m.cashByYear.length > 1 && m.cashWithoutYear === 0
        ? `Les versements en numéraire se répartissent comme suit :\n${m.cashByYear.map((c, i, all) => `– ${c.year} : ${money(c.amount)}${i === all.length - 1 ? '.' : ' ;'}`).join('\n')}`
        : null,
      x.money.coFunders.length ? `Les parties sollicitent en outre les cofinancements prévus au plan de financement, soit ${coFundersPhrase(x.money.coFunders, 'fr')}.` : null,
      clauseWords(x.author.type).payments,
      publicFundersAbove(s, x, PUBLIC_FUNDING_AGREEMENT_THRESHOLD).length ? clauseWords(x.author.type).publicFunders || null : null,
      'Les sommes non utilisées ou employées à un autre objet que celui de la présente convention font l’objet d’un reversement.',
    );
  },
  monitoring_evaluation: () => [
    'Les parties assurent conjointement le suivi du programme à l’aide des indicateurs du cadre logique annexé. Un rapport d’étape est établi chaque année et une évaluation finale, associant les acteurs des deux territoires, est réalisée au terme du programme. Ses enseignements font l’objet d’une fiche de capitalisation.',
  ],
  communication: (x) =>
    fill(
      'Les parties font mention de leur partenariat et du soutien de chaque financeur, logos à l’appui, sur tous les supports de communication relatifs au programme. {{lead}} peut valoriser les actions menées auprès des habitants de son territoire, dans le cadre de ses actions d’éducation à la citoyenneté mondiale.',
      { lead: form(x.lead, 'The') },
    ),
  intellectual_property: () => [
    'Les documents, études et outils produits dans le cadre du programme sont la propriété commune des parties, qui peuvent les utiliser librement à des fins non commerciales en citant leur origine. Les droits des tiers auteurs sont réservés.',
  ],
  amendments: () => [
    'Toute modification de la présente convention fait l’objet d’un avenant écrit, approuvé dans les mêmes formes par chacune des parties. Les ajustements du plan d’action qui n’affectent ni l’objet, ni la durée, ni le montant des engagements financiers peuvent être décidés par le comité de pilotage.',
  ],
  termination: (x) => [
    `En cas de non-respect par l’une des parties de ses engagements, la présente convention peut être résiliée par l’autre partie à l’expiration d’un délai de trois mois suivant l’envoi d’une lettre recommandée avec accusé de réception valant mise en demeure restée sans effet. Chaque partie peut également y mettre fin, ${clauseWords(x.author.type).termination}, en respectant un préavis de trois mois.`,
  ],
  disputes: () => [
    'Les parties s’efforcent de régler à l’amiable tout différend né de l’interprétation ou de l’exécution de la présente convention, au besoin par la réunion du comité de pilotage. À défaut d’accord dans un délai de deux mois, le différend peut être porté devant la juridiction compétente.',
  ],
  applicable_law: (x) =>
    fill(
      '{{law}} {{partner}} agit dans le respect de la législation qui lui est applicable ({{country}}) et atteste disposer de la capacité juridique de la signer.',
      { law: clauseWords(x.author.type).law, partner: form(x.partner, 'The'), country: x.country },
    ),
  languages_originals: (_x, s) => [
    s.framing.partnerLanguage !== 'fr'
      ? `La présente convention est établie en français et en ${LANGUAGE_NAMES[s.framing.partnerLanguage] ?? s.framing.partnerLanguage}, en quatre exemplaires originaux, deux pour chaque partie. En cas de divergence d’interprétation, la version française fait foi.`
      : 'La présente convention est établie en langue française, en deux exemplaires originaux, un pour chaque partie.',
  ],
  annexes: () => [
    'Sont annexés à la présente convention et en font partie intégrante :\n– annexe 1 : le cadre logique du programme ;\n– annexe 2 : les indicateurs de suivi ;\n– annexe 3 : le budget et le plan de financement ;\n– annexe 4 : le chronogramme des activités.',
  ],
};

/** A clause's title for the lead author's type (« Engagements de la Commune »). */
export function clauseTitle(key: StandardClauseKey, type: AuthoritySettings['authorityType']): string {
  return key === 'commitments_lead' ? clauseWords(type).commitmentsTitle : CLAUSE_TITLES[key];
}

export function isStandardClauseKey(key: string): key is StandardClauseKey {
  return (CLAUSE_KEYS as readonly string[]).includes(key);
}

type ClauseSettings = Pick<AuthoritySettings, 'name'> & Partial<AuthoritySettings>;
const fullSettings = (settings: ClauseSettings): AuthoritySettings => AuthoritySettings.parse(settings);

/** Today's default of a clause, as pieces (its missing values are Missing pieces). */
export function clauseTemplate(key: StandardClauseKey, facts: ProgrammeFacts, s: ProgrammeSnapshot): Line {
  return WRITERS[key](facts, s);
}

/** Title and text a clause starts from, written from the programme as it is now (markers as text). */
export function clauseDefault(
  key: StandardClauseKey,
  s: ProgrammeSnapshot,
  settings: ClauseSettings,
): { title: string; text: string } {
  const full = fullSettings(settings);
  const facts = programmeFacts(s, full, 'fr');
  return { title: clauseTitle(key, full.authorityType), text: typeset(lineText(clauseTemplate(key, facts, s), 'fr'), 'fr') };
}

/**
 * What the convention prints for a clause: today's default while the officer has not edited it, else the officer's
 * text, in which any marker left counts as missing.
 */
export function clauseLine(clause: Clause, facts: ProgrammeFacts, s: ProgrammeSnapshot): Line {
  if (!clause.edited && isStandardClauseKey(clause.key)) return clauseTemplate(clause.key, facts, s);
  return textWithMarkers(clause.text, `clause.${clause.id}.text`);
}

/** An edited clause whose default changed since it was edited ("compare with today's default"). */
export function defaultChangedSinceEdit(clause: Clause, todayDefault: string): boolean {
  return clause.edited && isStandardClauseKey(clause.key) && clause.defaultAtEdit !== '' && clause.defaultAtEdit !== todayDefault;
}
