import type { Theme } from '../model/framing';

/**
 * OECD DAC purpose codes (CRS, five digits) relevant to decentralised cooperation in social inclusion, which the
 * e-APD declaration asks for (article L1115-6 CGCT). Codes are facts: OECD, « DAC and CRS code lists », purpose
 * codes (https://www.oecd.org/dac/stats/dacandcrscodelists.htm), also published by IATI as the « DAC 5 Digit Sector »
 * codelist with a French translation (iatistandard.org, codelists/Sector). The labels are the app's own short
 * French and English wording of each code, as for the SDG targets.
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
  { code: '15170', fr: 'Organisations et mouvements de défense des droits des femmes', en: 'Women’s rights organisations and movements' },
  { code: '15180', fr: 'Lutte contre la violence à l’égard des femmes et des filles', en: 'Ending violence against women and girls' },
  { code: '15185', fr: 'Administration locale', en: 'Local government administration' },
  { code: '16010', fr: 'Protection sociale', en: 'Social protection' },
  { code: '16011', fr: 'Politique de protection sociale et gestion administrative', en: 'Social protection and welfare services policy' },
  { code: '16015', fr: 'Services sociaux (jeunes, femmes, enfants)', en: 'Social services (youth, women, children)' },
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
