/**
 * Every legal article the documents cite, with what it says (in short, our words) and where its text was read when
 * it was added (December 2026). The types of lead author list the ones they cite (lead-author.ts); a test checks
 * that each article a document prints is listed here. Update `checked` when re-reading a text.
 */
export interface LegalSource {
  /** As the documents cite it. */
  citation: string;
  says: string;
  url: string;
  checked: string;
}

export const LEGAL_SOURCES: Record<string, LegalSource> = {
  'CGCT L1115-1': {
    citation: 'article L1115-1 du code général des collectivités territoriales',
    says:
      'Les collectivités territoriales et leurs groupements peuvent mener ou soutenir toute action internationale de coopération, d’aide au développement ou humanitaire, en tenant compte du programme 2030 ; leurs conventions avec des autorités locales étrangères précisent l’objet des actions et le montant prévisionnel des engagements financiers, et entrent en vigueur dès leur transmission au représentant de l’État dans les conditions des articles L2131-1, L2131-2, L3131-1, L3131-2, L4141-1 et L4141-2 (rédaction de la loi n° 2021-1031 du 4 août 2021).',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070633/articles/LEGIARTI000006389099',
    checked: '2026-12-01',
  },
  'CGCT L2121-29': {
    citation: 'article L2121-29 du code général des collectivités territoriales',
    says: 'Le conseil municipal règle par ses délibérations les affaires de la commune.',
    url: 'http://www.admi.net/code/CGCTERRL-L2121-29.html',
    checked: '2026-12-01',
  },
  'CGCT L2121-12': {
    citation: 'article L2121-12 du code général des collectivités territoriales',
    says:
      'Dans les communes de 3 500 habitants et plus, une note explicative de synthèse sur les affaires soumises à délibération est adressée avec la convocation aux membres du conseil municipal (cinq jours francs).',
    url: 'https://admi.net/code/CGCTERRL-L2121-12.html',
    checked: '2026-12-01',
  },
  'CGCT L2122-21': {
    citation: 'article L2122-21 du code général des collectivités territoriales',
    says: 'Le maire est chargé, sous le contrôle du conseil municipal, d’exécuter ses décisions (il signe la convention que le conseil approuve).',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070633/articles/LEGIARTI000006389947',
    checked: '2026-12-01',
  },
  'CGCT L2131-1': {
    citation: 'article L2131-1 du code général des collectivités territoriales',
    says:
      'Les actes des autorités communales sont exécutoires de plein droit dès qu’ils ont été portés à la connaissance des intéressés et, pour ceux de l’article L2131-2, transmis au représentant de l’État ; le maire peut en certifier le caractère exécutoire (rédaction de l’ordonnance n° 2021-1310, en vigueur le 1er juillet 2022).',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070633/articles/LEGIARTI000006390075?version=LEGIARTI000044190563',
    checked: '2026-12-01',
  },
  'CGCT L2131-2': {
    citation: 'article L2131-2 du code général des collectivités territoriales',
    says: 'Liste les actes communaux soumis à transmission, dont les délibérations du conseil municipal ; l’article L1115-1 y renvoie pour les conventions.',
    url: 'https://codes-et-lois.fr/code-general-des-collectivites-territoriales/toc-commune-organisation-commune-actes-autorites-communales-act-669e6d7-texte-integral',
    checked: '2026-12-01',
  },
  'CGCT L3211-1': {
    citation: 'article L3211-1 du code général des collectivités territoriales',
    says: 'Le conseil départemental règle par ses délibérations les affaires du département dans les domaines de compétences que la loi lui attribue.',
    url: 'https://circulaires.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006070633/LEGISCTA000006149262/',
    checked: '2026-12-01',
  },
  'CGCT L3211-2': {
    citation: 'article L3211-2 du code général des collectivités territoriales',
    says:
      'Le conseil départemental peut déléguer une partie de ses attributions à la commission permanente, à l’exception de celles des articles L3312-1 et L1612-12 à L1612-15 (budget).',
    url: 'http://senat.fr/amendements/commissions/2018-2019/677/Amdt_COM-131.html',
    checked: '2026-12-01',
  },
  'CGCT L3131-1': {
    citation: 'article L3131-1 du code général des collectivités territoriales',
    says:
      'Les actes des autorités départementales sont exécutoires de plein droit après leur publication et, pour ceux de l’article L3131-2, leur transmission au représentant de l’État (même régime que L2131-1 et L4141-1 ; l’article L1115-1 y renvoie).',
    url: 'https://idcite.com/Juris-Departements-Validite-des-actes-reglementaires-pris-par-les-autorites-departementales_a31274.amp.html',
    checked: '2026-12-01',
  },
  'CGCT L3131-2': {
    citation: 'article L3131-2 du code général des collectivités territoriales',
    says: 'Liste les actes départementaux soumis à transmission ; l’article L1115-1 y renvoie pour les conventions de coopération.',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070633/articles/LEGIARTI000006389099',
    checked: '2026-12-01',
  },
  'CGCT L4221-1': {
    citation: 'article L4221-1 du code général des collectivités territoriales',
    says: 'Le conseil régional règle par ses délibérations les affaires de la région dans les domaines de compétences que la loi lui attribue.',
    url: 'https://www.legifrance.gouv.fr/affichCode.do?idSectionTA=LEGISCTA000006164693&cidTexte=LEGITEXT000006070633',
    checked: '2026-12-01',
  },
  'CGCT L4221-5': {
    citation: 'article L4221-5 du code général des collectivités territoriales',
    says:
      'Le conseil régional peut déléguer une partie de ses attributions à sa commission permanente, sauf le vote du budget, l’approbation du compte administratif et les mesures de l’article L1612-15.',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070633/articles/LEGIARTI000006392297',
    checked: '2026-12-01',
  },
  'CGCT L4141-1': {
    citation: 'article L4141-1 du code général des collectivités territoriales',
    says:
      'Les actes des autorités régionales sont exécutoires de plein droit dès qu’ils ont été portés à la connaissance des intéressés et, pour ceux de l’article L4141-2, transmis au représentant de l’État dans la région ; le président du conseil régional peut en certifier le caractère exécutoire.',
    url: 'https://www.lexbase.fr/texte-de-loi/code-general-des-collectivites-territorialesl41411/L4944L8M.html',
    checked: '2026-12-01',
  },
  'CGCT L4141-2': {
    citation: 'article L4141-2 du code général des collectivités territoriales',
    says: 'Liste les actes régionaux soumis à transmission ; l’article L1115-1 y renvoie pour les conventions de coopération.',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070633/articles/LEGIARTI000006389099',
    checked: '2026-12-01',
  },
  'CGCT L5211-1': {
    citation: 'article L5211-1 du code général des collectivités territoriales',
    says:
      'Les règles de fonctionnement du conseil municipal s’appliquent à l’organe délibérant des EPCI ; pour les articles L2121-11 et L2121-12 (note explicative de synthèse), ils suivent les règles des communes de 3 500 habitants et plus.',
    url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031038607/2020-03-01',
    checked: '2026-12-01',
  },
  'CGCT L5211-10': {
    citation: 'article L5211-10 du code général des collectivités territoriales',
    says:
      'Le bureau de l’EPCI (président, vice-présidents, autres membres) et le président peuvent recevoir délégation d’une partie des attributions de l’organe délibérant, sauf le budget, le compte administratif et les autres matières qu’il énumère.',
    url: 'https://french-business-law.com/french-legislation-art/article-l5211-10-of-the-french-general-code-of-local-authorities',
    checked: '2026-12-01',
  },
  'CGCT L5211-3': {
    citation: 'article L5211-3 du code général des collectivités territoriales',
    says:
      'Les règles du contrôle de légalité, de la publicité et de l’entrée en vigueur des actes des communes (articles L2131-1 et suivants) s’appliquent aux EPCI.',
    url: 'https://lexbase.fr/texte-de-loi/code-general-des-collectivites-territorialesl52113/L4947L8Q.html',
    checked: '2026-12-01',
  },
  'CJA R421-1': {
    citation: 'article R421-1 du code de justice administrative',
    says: 'Le tribunal administratif est saisi dans les deux mois à partir de la notification ou de la publication de la décision attaquée.',
    url: 'https://mdmh-avocats.fr/2015/02/18/fiche-pratique-n-3-notice-pour-justificiable-averti-en-cas-de-contestation-dune-decision-administrative-explicite-et-individuelle',
    checked: '2026-12-01',
  },
  'CJA R421-5': {
    citation: 'article R421-5 du code de justice administrative',
    says: 'Les délais de recours ne sont opposables que s’ils ont été mentionnés, avec les voies de recours, dans la notification de la décision.',
    url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006070933/articles/LEGIARTI000006449946',
    checked: '2026-12-01',
  },
  'Loi 1901 art. 1': {
    citation: 'loi du 1er juillet 1901 relative au contrat d’association',
    says:
      'L’association est une convention entre personnes qui mettent en commun leurs connaissances ou leur activité dans un but autre que de partager des bénéfices, régie par le droit des contrats : ses statuts fixent ses organes (conseil d’administration, bureau) et leurs pouvoirs.',
    url: 'https://via28-asso.fr/la-loi-de-1901-relative-au-contrat-dassociation/',
    checked: '2026-12-01',
  },
  'Loi 2000-321 art. 10': {
    citation: 'article 10 de la loi n° 2000-321 du 12 avril 2000',
    says:
      'L’autorité administrative qui attribue une subvention dépassant un seuil fixé par décret (23 000 € par an, décret n° 2001-495 du 6 juin 2001) conclut avec l’organisme de droit privé bénéficiaire une convention qui en définit l’objet, le montant, les modalités de versement et les conditions d’utilisation.',
    url: 'https://www.doctrine.fr/l/texts/lois/JORFTEXT000000215117/articles/LEGIARTI000006529194?version=LEGIARTI000033158062',
    checked: '2026-12-01',
  },
};
