/**
 * The words of each type of French lead author (DOMAIN.md §8). `doc` holds, per type, the document phrases that
 * differ from the département's (documents.ts holds the département's, the base); the legal articles cited here
 * are listed, with what they say and where they were read, in src-shared/method/legal-sources.ts.
 */
export const leadAuthors = {
  types: {
    departement: 'Département',
    commune: 'Commune',
    epci: 'Intercommunalité (EPCI)',
    region: 'Région',
    association: 'Association ou ONG',
  },
  /** Labels of the settings screen that follow the type. */
  settings: {
    title: {
      departement: 'Paramètres du Département',
      commune: 'Paramètres de la Commune',
      epci: 'Paramètres de l’intercommunalité',
      region: 'Paramètres de la Région',
      association: 'Paramètres de l’association',
    },
    name: {
      departement: 'Nom du Département',
      commune: 'Nom de la Commune',
      epci: 'Nom de l’intercommunalité',
      region: 'Nom de la Région',
      association: 'Nom de l’association',
    },
    nameHelp: {
      departement: 'Tel qu’il doit figurer en tête des documents, par exemple « Département de la Loire-Atlantique ».',
      commune: 'Tel qu’il doit figurer en tête des documents, par exemple « Commune de Saint-Herblain ».',
      epci: 'Tel qu’il doit figurer en tête des documents, par exemple « Communauté d’agglomération du Pays de Vannes ».',
      region: 'Tel qu’il doit figurer en tête des documents, par exemple « Région Bretagne ».',
      association: 'Tel qu’il doit figurer en tête des documents, par exemple « Association Solidarités Loire-Sahel ».',
    },
    presidentName: {
      departement: 'Président ou présidente du Conseil départemental (prénom et nom)',
      commune: 'Maire (prénom et nom)',
      epci: 'Président ou présidente de l’intercommunalité (prénom et nom)',
      region: 'Président ou présidente du Conseil régional (prénom et nom)',
      association: 'Président ou présidente de l’association (prénom et nom)',
    },
    presidentTitle: {
      departement: { president: 'Le Président', presidente: 'La Présidente' },
      commune: { president: 'Le Maire', presidente: 'La Maire' },
      epci: { president: 'Le Président', presidente: 'La Présidente' },
      region: { president: 'Le Président', presidente: 'La Présidente' },
      association: { president: 'Le Président', presidente: 'La Présidente' },
    },
    delegationDeliberation: {
      departement: 'Délibération de délégation à la Commission permanente',
      commune: 'Délibération de délégation (sans objet pour une commune)',
      epci: 'Délibération de délégation au Bureau',
      region: 'Délibération de délégation à la Commission permanente',
      association: 'Décision ou article des statuts qui délègue au Bureau',
    },
    delegationHelp: {
      departement: 'Visée quand la Commission permanente décide (article L3211-2 du CGCT), par exemple « n° 2021-CD-07-02 du 1er juillet 2021 ».',
      commune: 'Le Conseil municipal délibère lui-même sur la convention : ce champ n’est pas repris dans les documents.',
      epci: 'Visée quand le Bureau décide (article L5211-10 du CGCT), par exemple « n° 2020-45 du 16 juillet 2020 ».',
      region: 'Visée quand la Commission permanente décide (article L4221-5 du CGCT), par exemple « n° 21-CR-03 du 2 juillet 2021 ».',
      association: 'Visée quand le Bureau décide, par exemple « l’article 12 des statuts » ou « la décision du conseil d’administration du 4 mars 2026 ».',
    },
    appealHelp: {
      departement: 'Le nom complet (« Tribunal administratif de Nantes ») ou seulement la ville.',
      commune: 'Le nom complet (« Tribunal administratif de Nantes ») ou seulement la ville.',
      epci: 'Le nom complet (« Tribunal administratif de Nantes ») ou seulement la ville.',
      region: 'Le nom complet (« Tribunal administratif de Rennes ») ou seulement la ville.',
      association: 'Sans objet pour une association : sa décision est un acte de droit privé, sans mention des voies de recours.',
    },
    typeHelp: 'Le type fixe les organes, les titres et les textes cités dans les documents.',
  },
  /** Document phrases that differ from the département's, per type. */
  doc: {
    commune: {
      fileNames: { rapport: 'Rapport du Maire', rapportFeminine: 'Rapport de la Maire' },
      what: {
        presidentName: 'nom du Maire',
        reciprocityEffects: 'effets sur le territoire communal',
      },
      assembly: { deliberating_body: 'Conseil municipal', delegate: 'Conseil municipal' },
      president: { president: 'Maire', presidente: 'Maire' },
      deliberation: {
        visaCouncilLaw: 'Vu l’article L2121-29 du code général des collectivités territoriales ;',
        visaDelegateLaw: 'Vu l’article L2121-29 du code général des collectivités territoriales ;',
        visaDelegation: 'Vu la délibération {{ref}} ;',
        visaBudget: 'Vu le budget communal de l’exercice {{year}} ;',
        considerantPartnershipSince:
          'Considérant le partenariat noué depuis {{since}} entre la Commune et {{partner}} ({{country}}), fondé sur la réciprocité et le respect des compétences de chacun ;',
        considerantPartnership:
          'Considérant le partenariat entre la Commune et {{partner}} ({{country}}), fondé sur la réciprocité et le respect des compétences de chacun ;',
        considerantReciprocity:
          'Considérant que ce programme répond à un défi partagé par les deux territoires et qu’il produira des effets sur le territoire communal : {{effects}} ;',
        commitCash:
          'D’engager la participation financière de la Commune à hauteur de {{cash}}, imputée au chapitre {{chapter}}, article {{article}}, programme {{programme}} du budget communal{{ap}}.',
        commitInKind:
          'La Commune apporte en outre une contribution en nature, valorisée à {{inKind}}, qui ne donne pas lieu à inscription de crédits.',
        commitInKindOnly:
          'De prendre acte de la contribution en nature de la Commune, valorisée à {{inKind}}, qui ne donne pas lieu à inscription de crédits.',
        enforceable:
          'Acte certifié exécutoire {{byPresident}}, compte tenu de sa transmission au représentant de l’État le {{dots}} et de sa publication le {{dots}} (article L2131-1 du code général des collectivités territoriales).',
      },
      rapport: {
        subtitle: 'Note explicative de synthèse (article L2121-12 du code général des collectivités territoriales)',
        reciprocity: 'Réciprocité et effets sur le territoire communal',
        effects: 'Effets attendus sur le territoire communal : {{text}}',
        alsoMeasured: 'Indicateurs également mesurés sur le territoire communal : {{list}}.',
        financialImpact: 'Incidence financière pour la Commune',
        financialImpactTotal: 'La participation de la Commune s’élève à {{amount}}, soit {{share}} du coût total.',
        financialImpactCash:
          'Sa part en numéraire, {{cash}}, est imputée au chapitre {{chapter}}, article {{article}}, programme {{programme}} du budget communal.',
        proposalAmount: 'engager la participation financière de la Commune à hauteur de {{amount}} ;',
      },
      convention: {
        shortLead: '« la Commune »',
        amountFacts:
          'Le montant prévisionnel des engagements financiers de la Commune s’élève à {{amount}}, pour un coût total du programme de {{total}}, sur la période {{period}}.',
      },
    },
    epci: {
      fileNames: { rapport: 'Rapport du Président', rapportFeminine: 'Rapport de la Présidente' },
      what: { reciprocityEffects: 'effets sur le territoire communautaire' },
      assembly: { deliberating_body: 'Conseil communautaire', delegate: 'Bureau communautaire' },
      president: { president: 'Président de la Communauté', presidente: 'Présidente de la Communauté' },
      deliberation: {
        visaCouncilLaw: 'Vu l’article L5211-1 du code général des collectivités territoriales ;',
        visaDelegateLaw: 'Vu l’article L5211-10 du code général des collectivités territoriales ;',
        visaDelegation:
          'Vu la délibération {{ref}} par laquelle le Conseil communautaire a délégué une partie de ses attributions au Bureau ;',
        visaBudget: 'Vu le budget communautaire de l’exercice {{year}} ;',
        considerantPartnershipSince:
          'Considérant le partenariat noué depuis {{since}} entre la Communauté et {{partner}} ({{country}}), fondé sur la réciprocité et le respect des compétences de chacun ;',
        considerantPartnership:
          'Considérant le partenariat entre la Communauté et {{partner}} ({{country}}), fondé sur la réciprocité et le respect des compétences de chacun ;',
        considerantReciprocity:
          'Considérant que ce programme répond à un défi partagé par les deux territoires et qu’il produira des effets sur le territoire communautaire : {{effects}} ;',
        commitCash:
          'D’engager la participation financière de la Communauté à hauteur de {{cash}}, imputée au chapitre {{chapter}}, article {{article}}, programme {{programme}} du budget communautaire{{ap}}.',
        commitInKind:
          'La Communauté apporte en outre une contribution en nature, valorisée à {{inKind}}, qui ne donne pas lieu à inscription de crédits.',
        commitInKindOnly:
          'De prendre acte de la contribution en nature de la Communauté, valorisée à {{inKind}}, qui ne donne pas lieu à inscription de crédits.',
        enforceable:
          'Acte certifié exécutoire {{byPresident}}, compte tenu de sa transmission au représentant de l’État le {{dots}} et de sa publication le {{dots}} (articles L2131-1 et L5211-3 du code général des collectivités territoriales).',
      },
      rapport: {
        subtitle:
          'Note explicative de synthèse (articles L2121-12 et L5211-1 du code général des collectivités territoriales)',
        reciprocity: 'Réciprocité et effets sur le territoire communautaire',
        effects: 'Effets attendus sur le territoire communautaire : {{text}}',
        alsoMeasured: 'Indicateurs également mesurés sur le territoire communautaire : {{list}}.',
        financialImpact: 'Incidence financière pour la Communauté',
        financialImpactTotal: 'La participation de la Communauté s’élève à {{amount}}, soit {{share}} du coût total.',
        financialImpactCash:
          'Sa part en numéraire, {{cash}}, est imputée au chapitre {{chapter}}, article {{article}}, programme {{programme}} du budget communautaire.',
        proposalAmount: 'engager la participation financière de la Communauté à hauteur de {{amount}} ;',
      },
      convention: {
        shortLead: '« la Communauté »',
        amountFacts:
          'Le montant prévisionnel des engagements financiers de la Communauté s’élève à {{amount}}, pour un coût total du programme de {{total}}, sur la période {{period}}.',
      },
    },
    region: {
      fileNames: { rapport: 'Rapport du Président', rapportFeminine: 'Rapport de la Présidente' },
      what: { reciprocityEffects: 'effets sur le territoire régional' },
      assembly: { deliberating_body: 'Conseil régional', delegate: 'Commission permanente' },
      president: { president: 'Président du Conseil régional', presidente: 'Présidente du Conseil régional' },
      deliberation: {
        visaCouncilLaw: 'Vu l’article L4221-1 du code général des collectivités territoriales ;',
        visaDelegateLaw: 'Vu l’article L4221-5 du code général des collectivités territoriales ;',
        visaDelegation:
          'Vu la délibération {{ref}} par laquelle le Conseil régional a délégué une partie de ses attributions à la Commission permanente ;',
        visaBudget: 'Vu le budget régional de l’exercice {{year}} ;',
        considerantPartnershipSince:
          'Considérant le partenariat noué depuis {{since}} entre la Région et {{partner}} ({{country}}), fondé sur la réciprocité et le respect des compétences de chacun ;',
        considerantPartnership:
          'Considérant le partenariat entre la Région et {{partner}} ({{country}}), fondé sur la réciprocité et le respect des compétences de chacun ;',
        considerantReciprocity:
          'Considérant que ce programme répond à un défi partagé par les deux territoires et qu’il produira des effets sur le territoire régional : {{effects}} ;',
        commitCash:
          'D’engager la participation financière de la Région à hauteur de {{cash}}, imputée au chapitre {{chapter}}, article {{article}}, programme {{programme}} du budget régional{{ap}}.',
        commitInKind:
          'La Région apporte en outre une contribution en nature, valorisée à {{inKind}}, qui ne donne pas lieu à inscription de crédits.',
        commitInKindOnly:
          'De prendre acte de la contribution en nature de la Région, valorisée à {{inKind}}, qui ne donne pas lieu à inscription de crédits.',
        enforceable:
          'Acte certifié exécutoire {{byPresident}}, compte tenu de sa transmission au représentant de l’État le {{dots}} et de sa publication le {{dots}} (article L4141-1 du code général des collectivités territoriales).',
      },
      rapport: {
        reciprocity: 'Réciprocité et effets sur le territoire régional',
        effects: 'Effets attendus sur le territoire régional : {{text}}',
        alsoMeasured: 'Indicateurs également mesurés sur le territoire régional : {{list}}.',
        financialImpact: 'Incidence financière pour la Région',
        financialImpactTotal: 'La participation de la Région s’élève à {{amount}}, soit {{share}} du coût total.',
        financialImpactCash:
          'Sa part en numéraire, {{cash}}, est imputée au chapitre {{chapter}}, article {{article}}, programme {{programme}} du budget régional.',
        proposalAmount: 'engager la participation financière de la Région à hauteur de {{amount}} ;',
      },
      convention: {
        shortLead: '« la Région »',
        amountFacts:
          'Le montant prévisionnel des engagements financiers de la Région s’élève à {{amount}}, pour un coût total du programme de {{total}}, sur la période {{period}}.',
      },
    },
    association: {
      fileNames: {
        rapport: 'Note au conseil d’administration',
        rapportFeminine: 'Note au conseil d’administration',
        deliberation: 'Extrait du procès-verbal',
      },
      what: {
        authorityName: 'nom de l’association',
        presidentName: 'nom du président ou de la présidente',
        reportNumber: 'numéro de la note',
        deliberationNumber: 'numéro de la décision',
        delegationDeliberation: 'acte de délégation au bureau',
        reciprocityEffects: 'effets sur le territoire d’action de l’association',
      },
      assembly: { deliberating_body: 'Conseil d’administration', delegate: 'Bureau' },
      president: { president: 'Président de l’association', presidente: 'Présidente de l’association' },
      deliberation: {
        title: 'Extrait du procès-verbal',
        session: 'Réunion du {{date}}',
        number: 'Décision n° {{number}}',
        visaCgct: 'Vu la loi du 1er juillet 1901 relative au contrat d’association ;',
        visaCouncilLaw: 'Vu les statuts de l’association ;',
        visaDelegateLaw: 'Vu les statuts de l’association ;',
        visaDelegation: 'Vu {{ref}}, qui délègue au Bureau le pouvoir de décider ;',
        visaBudget: 'Vu le budget prévisionnel de l’association pour l’exercice {{year}} ;',
        visaReport: 'Vu la note n° {{number}} {{ofPresident}} ;',
        considerantLaw:
          'Considérant que l’association conduit, conformément à son objet statutaire, des actions de solidarité internationale avec des partenaires étrangers ;',
        considerantPartnershipSince:
          'Considérant le partenariat noué depuis {{since}} entre l’association et {{partner}} ({{country}}), fondé sur la réciprocité et le respect des compétences de chacun ;',
        considerantPartnership:
          'Considérant le partenariat entre l’association et {{partner}} ({{country}}), fondé sur la réciprocité et le respect des compétences de chacun ;',
        considerantReciprocity:
          'Considérant que ce programme répond à un défi partagé par les deux territoires et qu’il produira des effets sur le territoire d’action de l’association : {{effects}} ;',
        deliberated: 'Après en avoir délibéré,',
        commitCash: 'D’engager la participation financière de l’association à hauteur de {{cash}}, inscrite à son budget.',
        commitCredits: 'Les versements sont répartis comme suit : {{credits}}.',
        commitInKind:
          'L’association apporte en outre une contribution en nature, valorisée à {{inKind}}, qui ne donne lieu à aucun versement.',
        commitInKindOnly:
          'De prendre acte de la contribution en nature de l’association, valorisée à {{inKind}}, qui ne donne lieu à aucun versement.',
        quorum:
          'Membres en exercice : {{dots}} ; présents ou représentés : {{dots}}. Le quorum prévu par les statuts étant atteint, le {{body}} peut valablement délibérer.',
        signature: 'Extrait certifié conforme au registre des procès-verbaux,',
        publicFunderAgreement:
          'D’autoriser {{president}} à signer avec {{funders}} la convention prévue par l’article 10 de la loi n° 2000-321 du 12 avril 2000, leur contribution dépassant 23 000 euros par an.',
      },
      rapport: {
        title: 'Note {{ofPresident}} {{assemblyTo}}',
        number: 'Note n° {{number}}',
        session: 'Réunion du {{date}}',
        intro:
          'La présente note soumet à votre approbation le programme de solidarité internationale {{title}}, construit avec {{partner}} ({{country}}) selon la démarche de co-construction d’un programme d’inclusion économique et sociale.',
        reciprocity: 'Réciprocité et effets sur le territoire d’action de l’association',
        effects: 'Effets attendus sur le territoire d’action de l’association : {{text}}',
        alsoMeasured: 'Indicateurs également mesurés sur le territoire d’action de l’association : {{list}}.',
        financialImpact: 'Incidence financière pour l’association',
        financialImpactTotal: 'La participation de l’association s’élève à {{amount}}, soit {{share}} du coût total.',
        financialImpactCash: 'Sa part en numéraire, {{cash}}, est inscrite au budget de l’association.',
        financialImpactCredits: 'Les versements sont répartis comme suit : {{credits}}.',
        financialImpactInKind:
          'S’y ajoute une contribution en nature (temps de travail des salariés et des bénévoles, moyens mis à disposition) valorisée à {{inKind}}, qui ne donne lieu à aucun versement.',
        proposalAmount: 'engager la participation financière de l’association à hauteur de {{amount}} ;',
        closing: 'Je vous prie de bien vouloir en décider.',
      },
      convention: {
        shortLead: '« l’Association »',
        actingUnder: ', agissant en vertu de la décision {{ref}}',
        visaCgct: 'Vu la loi du 1er juillet 1901 relative au contrat d’association ;',
        visaDeliberation: 'Vu la décision {{ref}} {{ofName}} ;',
        amountFacts:
          'Le montant prévisionnel des engagements financiers de l’association s’élève à {{amount}}, pour un coût total du programme de {{total}}, sur la période {{period}}.',
      },
    },
  },
  /** Sentences of the convention's default clauses (French) that differ by type. */
  clauses: {
    commitmentsTitle: {
      departement: 'Engagements du Département',
      commune: 'Engagements de la Commune',
      epci: 'Engagements de la Communauté',
      region: 'Engagements de la Région',
      association: 'Engagements de l’association',
    },
    expertise: {
      departement: '– mobiliser l’expertise de ses services, notamment ses services sociaux et d’insertion, et des acteurs de son territoire ;\n',
      commune: '– mobiliser l’expertise de ses services, notamment son action sociale, et des acteurs de son territoire ;\n',
      epci: '– mobiliser l’expertise de ses services et des communes membres, ainsi que des acteurs de son territoire ;\n',
      region: '– mobiliser l’expertise de ses services, notamment dans la formation et l’insertion professionnelles, et des acteurs de son territoire ;\n',
      association: '– mobiliser l’expertise de ses salariés, de ses bénévoles et de ses partenaires en France ;\n',
    },
    entry: {
      departement:
        'Elle entre en vigueur à la date de sa signature par les parties, après sa transmission au représentant de l’État dans le département conformément aux articles L. 3131-1 et L. 3131-2 du code général des collectivités territoriales. Elle peut être prolongée par avenant.',
      commune:
        'Elle entre en vigueur à la date de sa signature par les parties, après sa transmission au représentant de l’État dans le département conformément aux articles L. 2131-1 et L. 2131-2 du code général des collectivités territoriales. Elle peut être prolongée par avenant.',
      epci:
        'Elle entre en vigueur à la date de sa signature par les parties, après sa transmission au représentant de l’État dans le département conformément aux articles L. 2131-1, L. 2131-2 et L. 5211-3 du code général des collectivités territoriales. Elle peut être prolongée par avenant.',
      region:
        'Elle entre en vigueur à la date de sa signature par les parties, après sa transmission au représentant de l’État dans la région conformément aux articles L. 4141-1 et L. 4141-2 du code général des collectivités territoriales. Elle peut être prolongée par avenant.',
      association: 'Elle entre en vigueur à la date de sa signature par les parties. Elle peut être prolongée par avenant.',
    },
    financialLaw: {
      departement: ', au sens de l’article L. 1115-1 du code général des collectivités territoriales,',
      commune: ', au sens de l’article L. 1115-1 du code général des collectivités territoriales,',
      epci: ', au sens de l’article L. 1115-1 du code général des collectivités territoriales,',
      region: ', au sens de l’article L. 1115-1 du code général des collectivités territoriales,',
      association: '',
    },
    payments: {
      departement:
        'Les versements interviennent sous réserve de l’inscription des crédits au budget et de leur vote par l’assemblée délibérante : une avance à la signature de la convention, puis des versements annuels sur présentation d’un rapport d’activité et d’un état des dépenses réalisées, visés par le représentant légal du partenaire. La contribution en nature ne donne lieu à aucun versement.',
      commune:
        'Les versements interviennent sous réserve de l’inscription des crédits au budget et de leur vote par le Conseil municipal : une avance à la signature de la convention, puis des versements annuels sur présentation d’un rapport d’activité et d’un état des dépenses réalisées, visés par le représentant légal du partenaire. La contribution en nature ne donne lieu à aucun versement.',
      epci:
        'Les versements interviennent sous réserve de l’inscription des crédits au budget et de leur vote par le Conseil communautaire : une avance à la signature de la convention, puis des versements annuels sur présentation d’un rapport d’activité et d’un état des dépenses réalisées, visés par le représentant légal du partenaire. La contribution en nature ne donne lieu à aucun versement.',
      region:
        'Les versements interviennent sous réserve de l’inscription des crédits au budget et de leur vote par le Conseil régional : une avance à la signature de la convention, puis des versements annuels sur présentation d’un rapport d’activité et d’un état des dépenses réalisées, visés par le représentant légal du partenaire. La contribution en nature ne donne lieu à aucun versement.',
      association:
        'Les versements interviennent sous réserve de l’obtention des financements prévus au plan de financement : une avance à la signature de la convention, puis des versements annuels sur présentation d’un rapport d’activité et d’un état des dépenses réalisées, visés par le représentant légal du partenaire. La contribution en nature ne donne lieu à aucun versement.',
    },
    law: {
      departement:
        'La présente convention est conclue en application des articles L. 1115-1 et suivants du code général des collectivités territoriales et est régie par le droit français.',
      commune:
        'La présente convention est conclue en application des articles L. 1115-1 et suivants du code général des collectivités territoriales et est régie par le droit français.',
      epci:
        'La présente convention est conclue en application des articles L. 1115-1 et suivants du code général des collectivités territoriales et est régie par le droit français.',
      region:
        'La présente convention est conclue en application des articles L. 1115-1 et suivants du code général des collectivités territoriales et est régie par le droit français.',
      association: 'La présente convention est un contrat de droit privé, régi par le droit français.',
    },
    competences: {
      departement: 'le respect des compétences de chaque collectivité',
      commune: 'le respect des compétences de chaque collectivité',
      epci: 'le respect des compétences de chaque collectivité',
      region: 'le respect des compétences de chaque collectivité',
      association: 'le respect des missions de chaque partie',
    },
    termination: {
      departement: 'pour un motif d’intérêt général',
      commune: 'pour un motif d’intérêt général',
      epci: 'pour un motif d’intérêt général',
      region: 'pour un motif d’intérêt général',
      association: 'pour un motif légitime',
    },
    publicFunders: {
      departement: '',
      commune: '',
      epci: '',
      region: '',
      association:
        'Chaque financeur public dont la contribution dépasse 23 000 euros par an conclut avec l’association la convention prévue par l’article 10 de la loi n° 2000-321 du 12 avril 2000.',
    },
  },
} as const;
