import type { Party, Signatory } from '../model';

/**
 * Partner authorities abroad keep their own type and the title of their executive (issue 13, deliverable 4): the
 * convention prints them as the officer wrote them, in the party clause and the signature block. The suggestions are
 * the usual designations in each country (in French for the French-speaking ones, in the country's language for the
 * Spanish- and Portuguese-speaking ones); the officer may write anything else.
 */

export interface AuthoritySuggestions {
  types: string[];
  titles: string[];
}

const GENERAL: AuthoritySuggestions = {
  types: ['commune', 'municipalité', 'ville', 'district', 'département', 'province', 'région', 'État fédéré'],
  titles: ['maire', 'président du conseil', 'présidente du conseil', 'gouverneur', 'gouverneure'],
};

const BY_COUNTRY: Record<string, AuthoritySuggestions> = {
  SN: { types: ['commune', 'ville', 'département'], titles: ['maire', 'président du conseil départemental', 'présidente du conseil départemental'] },
  ML: { types: ['commune', 'cercle', 'région', 'district'], titles: ['maire', 'président du conseil de cercle', 'président du conseil régional'] },
  BF: { types: ['commune', 'région'], titles: ['maire', 'président du conseil régional'] },
  BJ: { types: ['commune'], titles: ['maire'] },
  NE: { types: ['commune', 'région'], titles: ['maire', 'président du conseil régional'] },
  CI: { types: ['commune', 'région', 'district autonome'], titles: ['maire', 'président du conseil régional', 'gouverneur du district'] },
  TG: { types: ['commune', 'région'], titles: ['maire', 'président du conseil régional'] },
  MR: { types: ['commune', 'région'], titles: ['maire', 'président du conseil régional'] },
  CM: { types: ['commune', 'communauté urbaine', 'région'], titles: ['maire', 'maire de la ville', 'président du conseil régional'] },
  MA: { types: ['commune', 'préfecture', 'province', 'région'], titles: ['président du conseil communal', 'président du conseil préfectoral', 'président du conseil provincial', 'président du conseil régional'] },
  TN: { types: ['municipalité', 'région'], titles: ['maire', 'président du conseil régional'] },
  DZ: { types: ['commune', 'wilaya'], titles: ['président de l’assemblée populaire communale', 'wali'] },
  MG: { types: ['commune', 'région'], titles: ['maire', 'gouverneur'] },
  HT: { types: ['commune', 'département'], titles: ['maire principal', 'maire'] },
  LB: { types: ['municipalité', 'union de municipalités'], titles: ['président du conseil municipal', 'président de l’union de municipalités'] },
  PS: { types: ['municipalité'], titles: ['maire'] },
  VN: { types: ['province', 'ville', 'district'], titles: ['président du comité populaire provincial', 'président du comité populaire'] },
  KH: { types: ['province', 'municipalité', 'district', 'commune'], titles: ['gouverneur', 'président du conseil provincial'] },
  LA: { types: ['province', 'district'], titles: ['gouverneur'] },
  CL: { types: ['municipalidad', 'región'], titles: ['alcalde', 'alcaldesa', 'gobernador regional', 'gobernadora regional'] },
  AR: { types: ['municipio', 'provincia'], titles: ['intendente', 'intendenta', 'gobernador', 'gobernadora'] },
  CO: { types: ['municipio', 'departamento'], titles: ['alcalde', 'alcaldesa', 'gobernador', 'gobernadora'] },
  PE: { types: ['municipalidad', 'gobierno regional'], titles: ['alcalde', 'alcaldesa', 'gobernador regional', 'gobernadora regional'] },
  BO: { types: ['gobierno autónomo municipal', 'gobierno autónomo departamental'], titles: ['alcalde', 'alcaldesa', 'gobernador', 'gobernadora'] },
  MX: { types: ['municipio', 'estado'], titles: ['presidente municipal', 'presidenta municipal', 'gobernador', 'gobernadora'] },
  BR: { types: ['município', 'estado'], titles: ['prefeito', 'prefeita', 'governador', 'governadora'] },
  CV: { types: ['município'], titles: ['presidente da câmara municipal'] },
  MZ: { types: ['município', 'província'], titles: ['presidente do conselho municipal', 'governador'] },
};

/** Suggestions for a partner's type and executive title, by its country (ISO 3166-1 alpha-2), else general ones. */
export function authoritySuggestions(country: string): AuthoritySuggestions {
  return BY_COUNTRY[country] ?? GENERAL;
}

/** Lower case without accents or extra spaces, to see whether a name already says the type. */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** "(municipalidad)" after the party's name, unless the name already says it ("Commune de Ndiawara", type "commune"). */
export function partyTypeNote(party: Pick<Party, 'name' | 'partyType'>): string {
  const type = party.partyType.trim();
  if (!type || plain(party.name).includes(plain(type))) return '';
  return ` (${type})`;
}

/**
 * Who represents the party, with the executive's title in apposition ("Jorge Sharp, alcalde") unless the text
 * already says it ("Alioune Badara Diouf, Maire de la commune de Ndiawara").
 */
export function representativeWithTitle(party: Pick<Party, 'representedBy' | 'executiveTitle'>): string {
  const who = party.representedBy.trim();
  const title = party.executiveTitle.trim();
  if (!who || !title || plain(who).includes(plain(title))) return who;
  return `${who}, ${title}`;
}

/** The function printed under « Pour … » in the signature block: the signatory's own, else the executive's title. */
export function signatureFunction(party: Pick<Party, 'executiveTitle'> | undefined, signatory: Pick<Signatory, 'function'> | undefined): string {
  const own = signatory?.function.trim() ?? '';
  if (own) return own;
  const title = party?.executiveTitle.trim() ?? '';
  return title ? title.charAt(0).toLocaleUpperCase('fr') + title.slice(1) : '';
}
