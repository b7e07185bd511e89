import type { AuthoritySettings, ProgrammeSnapshot } from '../model';
import { buildObject } from './deliberation';
import { form, programmeFacts } from './facts';
import { lineText } from './pieces';

/**
 * The @ctes particulars of the programme's two acts — its deliberation and its convention — as the prefecture's
 * dematerialised legality control asks for them (DOMAIN.md §9): the nature of the act, its matière in the ACTES
 * nomenclature, its objet (1–499 characters, no line break) and its number (at most 15 characters of [0-9A-Z_]).
 */

/** Natures of acts in @ctes. */
export const ACTES_NATURES = {
  1: 'Délibérations',
  2: 'Actes réglementaires',
  3: 'Actes individuels',
  4: 'Contrats, conventions et avenants',
  5: 'Documents budgétaires et financiers',
  6: 'Autres',
} as const;
export type ActesNature = keyof typeof ACTES_NATURES;

/** First level of the ACTES nomenclature (the same in every prefecture). */
export const ACTES_MATIERES_1: Record<string, string> = {
  '1': 'Commande publique',
  '2': 'Urbanisme',
  '3': 'Domaine et patrimoine',
  '4': 'Fonction publique',
  '5': 'Institutions et vie politique',
  '6': 'Libertés publiques et pouvoirs de police',
  '7': 'Finances locales',
  '8': 'Domaines de compétences par thèmes',
  '9': 'Autres domaines de compétences',
};

/**
 * The level-2 matières a cooperation programme is filed under; deeper levels come from each prefecture's own
 * classification file. Default: 9.2, the Département's competences outside the themed ones (external action, L1115-1).
 */
export const ACTES_MATIERES_2: Record<string, string> = {
  '7.5': 'Subventions',
  '8.2': 'Aide sociale',
  '8.4': 'Aménagement du territoire',
  '8.6': 'Emploi – formation professionnelle',
  '9.1': 'Autres domaines de compétences des communes',
  '9.2': 'Autres domaines de compétences des départements',
  '9.3': 'Autres domaines de compétences des régions',
};
/**
 * The matière a cooperation act takes unless the officer chose one: « autres domaines de compétences » of the
 * author's own level (9.1 communes, 9.2 départements, 9.3 régions); an intercommunalité files as its communes do.
 */
export function defaultMatiere(type: AuthoritySettings['authorityType']): string {
  return type === 'departement' ? '9.2' : type === 'region' ? '9.3' : '9.1';
}

/** Level-2 codes the SCDL schema admits: 1.1–1.7, 2.1–2.3, 3.1–3.6, 4.1–4.5, 5.1–5.8, 6.1–6.5, 7.1–7.10, 8.1–8.9, 9.1–9.4. */
const LEVEL2_MAX: Record<string, number> = { '1': 7, '2': 3, '3': 6, '4': 5, '5': 8, '6': 5, '7': 10, '8': 9, '9': 4 };
export function isMatiereCode(code: string): boolean {
  const m = /^(\d)\.(\d{1,2})$/.exec(code);
  if (!m) return false;
  const max = LEVEL2_MAX[m[1]!];
  const n = Number(m[2]);
  return max !== undefined && n >= 1 && n <= max && !m[2]!.startsWith('0');
}

/** The matière as the SCDL names it: « level 1/level 2 » in lower case, without comma or parenthesis; '' if unknown. */
export function matiereName(code: string): string {
  const level2 = ACTES_MATIERES_2[code];
  const level1 = ACTES_MATIERES_1[code.split('.')[0] ?? ''];
  if (!level1 || !level2) return '';
  const plain = (x: string) => x.toLocaleLowerCase('fr').replace(/[,()]/g, '').replace(/\s+–\s+/g, '-');
  return `${plain(level1)}/${plain(level2)}`;
}

export const ACT_NUMBER = /^[0-9A-Z_]{1,15}$/;
export const OBJET_MAX = 499;

/** An act number in @ctes' alphabet: upper case, accents dropped, every other character an underscore. */
export function actesNumberOf(number: string): string {
  return number
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^0-9A-Z_]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** One line of plain text: line breaks and runs of spaces become one space (@ctes refuses line breaks). */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export type ActesProblem = 'number_missing' | 'number_invalid' | 'objet_empty' | 'objet_too_long' | 'matiere_invalid';

export interface ActesAct {
  kind: 'deliberation' | 'convention';
  nature: ActesNature;
  natureLabel: string;
  matiere: { code: string; label: string };
  objet: string;
  /** The number transmitted: the officer's, else the deliberation number in @ctes' alphabet. */
  number: string;
  /** True when the number was derived from the deliberation number (the sheet says so). */
  derivedNumber: boolean;
  problems: ActesProblem[];
}

function check(objet: string, number: string, matiere: string): ActesProblem[] {
  const problems: ActesProblem[] = [];
  if (!number) problems.push('number_missing');
  else if (!ACT_NUMBER.test(number)) problems.push('number_invalid');
  if (!objet) problems.push('objet_empty');
  else if ([...objet].length > OBJET_MAX) problems.push('objet_too_long');
  if (!isMatiereCode(matiere)) problems.push('matiere_invalid');
  return problems;
}

/** The transmission sheet: the @ctes particulars of the deliberation and of the convention, each checked. */
export function transmissionSheet(s: ProgrammeSnapshot, settings: AuthoritySettings): ActesAct[] {
  const facts = programmeFacts(s, settings, 'fr');
  const t = s.session.transmission;
  const matiere = t.matiere.trim() || defaultMatiere(settings.authorityType);
  const matiereLabel = ACTES_MATIERES_2[matiere] ?? '';
  const objet = oneLine(lineText(buildObject(facts), 'fr'));
  const partner = form(facts.partner, 'the');
  const conventionObjet = oneLine(
    `Convention de partenariat avec ${typeof partner === 'string' ? partner : lineText([partner], 'fr')} — ${lineText([facts.title], 'fr')}`,
  );
  const derived = actesNumberOf(s.session.deliberationNumber);
  const act = (kind: ActesAct['kind'], nature: ActesNature, objetText: string, own: string, suffix: string): ActesAct => {
    const explicit = own.trim();
    const number = explicit || (derived ? `${derived}${suffix}` : '');
    return {
      kind,
      nature,
      natureLabel: ACTES_NATURES[nature],
      matiere: { code: matiere, label: matiereLabel },
      objet: objetText,
      number,
      derivedNumber: !explicit && Boolean(number),
      problems: check(objetText, number, matiere),
    };
  };
  return [
    act('deliberation', 1, objet, t.deliberationActNumber, ''),
    act('convention', 4, conventionObjet, t.conventionActNumber, '_C'),
  ];
}
