/**
 * Countries where French decentralised cooperation is common (ISO 3166-1 alpha-2, French and English
 * names), for the partner-territory picker, with every country on the United Nations list of least
 * developed countries (LDCs), whose status changes the State's co-financing ceilings. Sorted by French
 * name when shown; the code is what is stored.
 */
export interface Country {
  code: string;
  fr: string;
  en: string;
  /** On the UN list of least developed countries at LDC_LIST_DATE. */
  ldc?: true;
}

/**
 * Date of the UN list of least developed countries used here: 44 countries after São Tomé-et-Principe
 * left the category on 13 December 2024 (UN DESA, Committee for Development Policy). Update the
 * `ldc` marks and this date together when a country graduates.
 */
export const LDC_LIST_DATE = '2024-12-13';

export const COUNTRIES: readonly Country[] = [
  { code: 'AF', fr: 'Afghanistan', en: 'Afghanistan', ldc: true },
  { code: 'ZA', fr: 'Afrique du Sud', en: 'South Africa' },
  { code: 'DZ', fr: 'Algérie', en: 'Algeria' },
  { code: 'AO', fr: 'Angola', en: 'Angola', ldc: true },
  { code: 'AM', fr: 'Arménie', en: 'Armenia' },
  { code: 'BD', fr: 'Bangladesh', en: 'Bangladesh', ldc: true },
  { code: 'BJ', fr: 'Bénin', en: 'Benin', ldc: true },
  { code: 'BO', fr: 'Bolivie', en: 'Bolivia' },
  { code: 'BR', fr: 'Brésil', en: 'Brazil' },
  { code: 'BF', fr: 'Burkina Faso', en: 'Burkina Faso', ldc: true },
  { code: 'BI', fr: 'Burundi', en: 'Burundi', ldc: true },
  { code: 'KH', fr: 'Cambodge', en: 'Cambodia', ldc: true },
  { code: 'CM', fr: 'Cameroun', en: 'Cameroon' },
  { code: 'CV', fr: 'Cap-Vert', en: 'Cabo Verde' },
  { code: 'CL', fr: 'Chili', en: 'Chile' },
  { code: 'CN', fr: 'Chine', en: 'China' },
  { code: 'CO', fr: 'Colombie', en: 'Colombia' },
  { code: 'KM', fr: 'Comores', en: 'Comoros', ldc: true },
  { code: 'CG', fr: 'Congo', en: 'Congo' },
  { code: 'CI', fr: 'Côte d’Ivoire', en: 'Côte d’Ivoire' },
  { code: 'CU', fr: 'Cuba', en: 'Cuba' },
  { code: 'DJ', fr: 'Djibouti', en: 'Djibouti', ldc: true },
  { code: 'EC', fr: 'Équateur', en: 'Ecuador' },
  { code: 'ER', fr: 'Érythrée', en: 'Eritrea', ldc: true },
  { code: 'ET', fr: 'Éthiopie', en: 'Ethiopia', ldc: true },
  { code: 'GA', fr: 'Gabon', en: 'Gabon' },
  { code: 'GM', fr: 'Gambie', en: 'Gambia', ldc: true },
  { code: 'GE', fr: 'Géorgie', en: 'Georgia' },
  { code: 'GH', fr: 'Ghana', en: 'Ghana' },
  { code: 'GT', fr: 'Guatemala', en: 'Guatemala' },
  { code: 'GN', fr: 'Guinée', en: 'Guinea', ldc: true },
  { code: 'GW', fr: 'Guinée-Bissau', en: 'Guinea-Bissau', ldc: true },
  { code: 'HT', fr: 'Haïti', en: 'Haiti', ldc: true },
  { code: 'SB', fr: 'Îles Salomon', en: 'Solomon Islands', ldc: true },
  { code: 'IN', fr: 'Inde', en: 'India' },
  { code: 'JO', fr: 'Jordanie', en: 'Jordan' },
  { code: 'KE', fr: 'Kenya', en: 'Kenya' },
  { code: 'KI', fr: 'Kiribati', en: 'Kiribati', ldc: true },
  { code: 'LA', fr: 'Laos', en: 'Laos', ldc: true },
  { code: 'LS', fr: 'Lesotho', en: 'Lesotho', ldc: true },
  { code: 'LB', fr: 'Liban', en: 'Lebanon' },
  { code: 'LR', fr: 'Libéria', en: 'Liberia', ldc: true },
  { code: 'MG', fr: 'Madagascar', en: 'Madagascar', ldc: true },
  { code: 'MW', fr: 'Malawi', en: 'Malawi', ldc: true },
  { code: 'ML', fr: 'Mali', en: 'Mali', ldc: true },
  { code: 'MA', fr: 'Maroc', en: 'Morocco' },
  { code: 'MU', fr: 'Maurice', en: 'Mauritius' },
  { code: 'MR', fr: 'Mauritanie', en: 'Mauritania', ldc: true },
  { code: 'MX', fr: 'Mexique', en: 'Mexico' },
  { code: 'MD', fr: 'Moldavie', en: 'Moldova' },
  { code: 'MN', fr: 'Mongolie', en: 'Mongolia' },
  { code: 'MZ', fr: 'Mozambique', en: 'Mozambique', ldc: true },
  { code: 'MM', fr: 'Myanmar', en: 'Myanmar', ldc: true },
  { code: 'NP', fr: 'Népal', en: 'Nepal', ldc: true },
  { code: 'NI', fr: 'Nicaragua', en: 'Nicaragua' },
  { code: 'NE', fr: 'Niger', en: 'Niger', ldc: true },
  { code: 'UG', fr: 'Ouganda', en: 'Uganda', ldc: true },
  { code: 'PS', fr: 'Palestine', en: 'Palestine' },
  { code: 'PE', fr: 'Pérou', en: 'Peru' },
  { code: 'PL', fr: 'Pologne', en: 'Poland' },
  { code: 'CF', fr: 'République centrafricaine', en: 'Central African Republic', ldc: true },
  { code: 'CD', fr: 'République démocratique du Congo', en: 'Democratic Republic of the Congo', ldc: true },
  { code: 'RO', fr: 'Roumanie', en: 'Romania' },
  { code: 'RW', fr: 'Rwanda', en: 'Rwanda', ldc: true },
  { code: 'SN', fr: 'Sénégal', en: 'Senegal', ldc: true },
  { code: 'SL', fr: 'Sierra Leone', en: 'Sierra Leone', ldc: true },
  { code: 'SO', fr: 'Somalie', en: 'Somalia', ldc: true },
  { code: 'SD', fr: 'Soudan', en: 'Sudan', ldc: true },
  { code: 'SS', fr: 'Soudan du Sud', en: 'South Sudan', ldc: true },
  { code: 'TZ', fr: 'Tanzanie', en: 'Tanzania', ldc: true },
  { code: 'TD', fr: 'Tchad', en: 'Chad', ldc: true },
  { code: 'TL', fr: 'Timor-Leste', en: 'Timor-Leste', ldc: true },
  { code: 'TG', fr: 'Togo', en: 'Togo', ldc: true },
  { code: 'TN', fr: 'Tunisie', en: 'Tunisia' },
  { code: 'TV', fr: 'Tuvalu', en: 'Tuvalu', ldc: true },
  { code: 'UA', fr: 'Ukraine', en: 'Ukraine' },
  { code: 'UY', fr: 'Uruguay', en: 'Uruguay' },
  { code: 'VN', fr: 'Viêt Nam', en: 'Vietnam' },
  { code: 'YE', fr: 'Yémen', en: 'Yemen', ldc: true },
  { code: 'ZM', fr: 'Zambie', en: 'Zambia', ldc: true },
] as const;

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

/** The country's name in the locale, or the code itself when it is not in the list. */
export function countryName(code: string, locale: 'fr' | 'en'): string {
  const c = BY_CODE.get(code);
  return c ? c[locale] : code;
}

/**
 * Whether the country is on the UN list of least developed countries; null when the code is empty or
 * not in this list, so the officer's own answer applies.
 */
export function isLeastDevelopedCountry(code: string): boolean | null {
  const c = BY_CODE.get(code);
  return c ? c.ldc === true : null;
}

/** The list sorted by name in the locale (accents ignored, as a reader expects). */
export function countriesSorted(locale: 'fr' | 'en'): Country[] {
  return [...COUNTRIES].sort((a, b) => a[locale].localeCompare(b[locale], locale, { sensitivity: 'base' }));
}
