import type { Theme } from '../model/framing';

/**
 * OECD DAC purpose codes (CRS, five digits) relevant to decentralised cooperation in social inclusion, which the
 * e-APD declaration asks for (article L1115-6 CGCT). Codes are facts: OECD, « DAC and CRS code lists », purpose
 * codes (https://www.oecd.org/dac/stats/dacandcrscodelists.htm), also published by IATI as the « DAC 5 Digit Sector »
 * codelist with a French translation (iatistandard.org, codelists/Sector). French labels checked against that IATI
 * French list: 11330, 12220, 15112, 15150, 15160, 15170, 15180, 15185, 16011, 16015 and 43040 are its wording;
 * 99820 is its wording without « (non alloués par secteur) ». Three codes were renamed by the OECD after that
 * translation and keep the app's French for today's English name: 11231 (IATI: « Éducation pour une meilleure
 * qualité de vie pour les jeunes »), 16010 (« Services sociaux ») and 16020 (« Politique de l’emploi et gestion
 * administrative »); 16070 (Labour rights, added with that renaming) is not in it. The English labels are the app's.
 */
export interface DacCode {
  code: string;
  fr: string;
  en: string;
}

export const DAC_CODES: readonly DacCode[] = [
  { code: '11231', fr: 'Compétences de base pour les jeunes', en: 'Basic life skills for youth' },
  { code: '11330', fr: 'Formation professionnelle', en: 'Vocational training' },
  { code: '12220', fr: 'Soins et services de santé de base', en: 'Basic health care' },
  { code: '15112', fr: 'Décentralisation et soutien aux administrations infranationales', en: 'Decentralisation and support to subnational government' },
  { code: '15150', fr: 'Participation démocratique et société civile', en: 'Democratic participation and civil society' },
  { code: '15160', fr: 'Droits de la personne', en: 'Human rights' },
  { code: '15170', fr: 'Organisations et institutions pour l’égalité des femmes', en: 'Women’s rights organisations and movements' },
  { code: '15180', fr: 'Élimination de la violence à l’égard des femmes et des filles', en: 'Ending violence against women and girls' },
  { code: '15185', fr: 'Administration publique locale', en: 'Local government administration' },
  { code: '16010', fr: 'Protection sociale', en: 'Social protection' },
  { code: '16011', fr: 'Politiques, planification et administration des services de protection sociale', en: 'Social protection and welfare services policy' },
  { code: '16015', fr: 'Services sociaux (y compris jeunes, femmes et enfants)', en: 'Social services (youth, women, children)' },
  { code: '16020', fr: 'Création d’emplois', en: 'Employment creation' },
  { code: '16070', fr: 'Droits du travail', en: 'Labour rights' },
  { code: '43040', fr: 'Développement rural', en: 'Rural development' },
  { code: '99820', fr: 'Sensibilisation au développement', en: 'Development awareness' },
];

export const DAC_CODE_VALUES: readonly string[] = DAC_CODES.map((c) => c.code);
export const isDacCode = (code: string): boolean => DAC_CODE_VALUES.includes(code);
export const dacLabel = (code: string, locale: 'fr' | 'en'): string => DAC_CODES.find((c) => c.code === code)?.[locale] ?? code;

/** The purpose code a programme's theme suggests (the first theme decides; an officer's choice always wins). */
export const THEME_PURPOSE: Record<Theme, string> = {
  access_to_rights: '16010',
  socio_professional_integration: '16020',
  child_protection: '16015',
  autonomy_elderly_disabled: '16010',
  health: '12220',
  youth: '16015',
  gender_equality: '15170',
  social_solidarity_economy: '16020',
  housing: '16010',
  education_training: '11330',
  food_security: '43040',
  other: '15185',
};

/**
 * A programme without themes is declared as local government administration: decentralised cooperation is first
 * a partnership between two local authorities.
 */
export const DEFAULT_PURPOSE = '15185';

export function programmePurpose(themes: readonly Theme[]): string {
  const first = themes[0];
  return first ? THEME_PURPOSE[first] : DEFAULT_PURPOSE;
}
