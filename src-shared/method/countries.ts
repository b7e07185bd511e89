/**
 * Countries where French decentralised cooperation is common (ISO 3166-1 alpha-2, French and English
 * names), for the partner-territory picker. Sorted by French name when shown; the code is what is stored.
 */
export interface Country {
  code: string;
  fr: string;
  en: string;
}

export const COUNTRIES: readonly Country[] = [
  { code: 'ZA', fr: 'Afrique du Sud', en: 'South Africa' },
  { code: 'DZ', fr: 'Algérie', en: 'Algeria' },
  { code: 'AM', fr: 'Arménie', en: 'Armenia' },
  { code: 'BJ', fr: 'Bénin', en: 'Benin' },
  { code: 'BO', fr: 'Bolivie', en: 'Bolivia' },
  { code: 'BR', fr: 'Brésil', en: 'Brazil' },
  { code: 'BF', fr: 'Burkina Faso', en: 'Burkina Faso' },
  { code: 'BI', fr: 'Burundi', en: 'Burundi' },
  { code: 'KH', fr: 'Cambodge', en: 'Cambodia' },
  { code: 'CM', fr: 'Cameroun', en: 'Cameroon' },
  { code: 'CV', fr: 'Cap-Vert', en: 'Cabo Verde' },
  { code: 'CF', fr: 'République centrafricaine', en: 'Central African Republic' },
  { code: 'CL', fr: 'Chili', en: 'Chile' },
  { code: 'CN', fr: 'Chine', en: 'China' },
  { code: 'CO', fr: 'Colombie', en: 'Colombia' },
  { code: 'KM', fr: 'Comores', en: 'Comoros' },
  { code: 'CG', fr: 'Congo', en: 'Congo' },
  { code: 'CD', fr: 'République démocratique du Congo', en: 'Democratic Republic of the Congo' },
  { code: 'CI', fr: 'Côte d’Ivoire', en: 'Côte d’Ivoire' },
  { code: 'CU', fr: 'Cuba', en: 'Cuba' },
  { code: 'DJ', fr: 'Djibouti', en: 'Djibouti' },
  { code: 'EC', fr: 'Équateur', en: 'Ecuador' },
  { code: 'GA', fr: 'Gabon', en: 'Gabon' },
  { code: 'GE', fr: 'Géorgie', en: 'Georgia' },
  { code: 'GH', fr: 'Ghana', en: 'Ghana' },
  { code: 'GT', fr: 'Guatemala', en: 'Guatemala' },
  { code: 'GN', fr: 'Guinée', en: 'Guinea' },
  { code: 'GW', fr: 'Guinée-Bissau', en: 'Guinea-Bissau' },
  { code: 'HT', fr: 'Haïti', en: 'Haiti' },
  { code: 'IN', fr: 'Inde', en: 'India' },
  { code: 'JO', fr: 'Jordanie', en: 'Jordan' },
  { code: 'KE', fr: 'Kenya', en: 'Kenya' },
  { code: 'LA', fr: 'Laos', en: 'Laos' },
  { code: 'LB', fr: 'Liban', en: 'Lebanon' },
  { code: 'MG', fr: 'Madagascar', en: 'Madagascar' },
  { code: 'ML', fr: 'Mali', en: 'Mali' },
  { code: 'MA', fr: 'Maroc', en: 'Morocco' },
  { code: 'MU', fr: 'Maurice', en: 'Mauritius' },
  { code: 'MR', fr: 'Mauritanie', en: 'Mauritania' },
  { code: 'MX', fr: 'Mexique', en: 'Mexico' },
  { code: 'MD', fr: 'Moldavie', en: 'Moldova' },
  { code: 'MN', fr: 'Mongolie', en: 'Mongolia' },
  { code: 'MZ', fr: 'Mozambique', en: 'Mozambique' },
  { code: 'NI', fr: 'Nicaragua', en: 'Nicaragua' },
  { code: 'NE', fr: 'Niger', en: 'Niger' },
  { code: 'PS', fr: 'Palestine', en: 'Palestine' },
  { code: 'PE', fr: 'Pérou', en: 'Peru' },
  { code: 'PL', fr: 'Pologne', en: 'Poland' },
  { code: 'RO', fr: 'Roumanie', en: 'Romania' },
  { code: 'RW', fr: 'Rwanda', en: 'Rwanda' },
  { code: 'SN', fr: 'Sénégal', en: 'Senegal' },
  { code: 'TD', fr: 'Tchad', en: 'Chad' },
  { code: 'TG', fr: 'Togo', en: 'Togo' },
  { code: 'TN', fr: 'Tunisie', en: 'Tunisia' },
  { code: 'UA', fr: 'Ukraine', en: 'Ukraine' },
  { code: 'UY', fr: 'Uruguay', en: 'Uruguay' },
  { code: 'VN', fr: 'Viêt Nam', en: 'Vietnam' },
] as const;

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

/** The country's name in the locale, or the code itself when it is not in the list. */
export function countryName(code: string, locale: 'fr' | 'en'): string {
  const c = BY_CODE.get(code);
  return c ? c[locale] : code;
}

/** The list sorted by name in the locale (accents ignored, as a reader expects). */
export function countriesSorted(locale: 'fr' | 'en'): Country[] {
  return [...COUNTRIES].sort((a, b) => a[locale].localeCompare(b[locale], locale, { sensitivity: 'base' }));
}
