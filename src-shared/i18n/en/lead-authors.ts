/** English words of each type of French lead author (see the French catalogue, the reference). */
export const leadAuthors = {
  types: {
    departement: 'Département',
    commune: 'Municipality (commune)',
    epci: 'Inter-municipal body (EPCI)',
    region: 'Region',
    association: 'Association or NGO',
  },
  settings: {
    title: {
      departement: 'Département settings',
      commune: 'Municipality settings',
      epci: 'Inter-municipal body settings',
      region: 'Region settings',
      association: 'Association settings',
    },
    name: {
      departement: 'Name of the Département',
      commune: 'Name of the municipality',
      epci: 'Name of the inter-municipal body',
      region: 'Name of the Region',
      association: 'Name of the association',
    },
    nameHelp: {
      departement: 'As it must appear at the top of the documents, e.g. “Département de la Loire-Atlantique”.',
      commune: 'As it must appear at the top of the documents, e.g. “Commune de Saint-Herblain”.',
      epci: 'As it must appear at the top of the documents, e.g. “Communauté d’agglomération du Pays de Vannes”.',
      region: 'As it must appear at the top of the documents, e.g. “Région Bretagne”.',
      association: 'As it must appear at the top of the documents, e.g. “Association Solidarités Loire-Sahel”.',
    },
    presidentName: {
      departement: 'President of the Departmental Council (first and last name)',
      commune: 'Mayor (first and last name)',
      epci: 'President of the inter-municipal body (first and last name)',
      region: 'President of the Regional Council (first and last name)',
      association: 'President of the association (first and last name)',
    },
    presidentTitle: {
      departement: { president: 'Le Président (he)', presidente: 'La Présidente (she)' },
      commune: { president: 'Le Maire (he)', presidente: 'La Maire (she)' },
      epci: { president: 'Le Président (he)', presidente: 'La Présidente (she)' },
      region: { president: 'Le Président (he)', presidente: 'La Présidente (she)' },
      association: { president: 'Le Président (he)', presidente: 'La Présidente (she)' },
    },
    delegationDeliberation: {
      departement: 'Deliberation delegating to the Standing Committee',
      commune: 'Delegation deliberation (not used for a municipality)',
      epci: 'Deliberation delegating to the Bureau',
      region: 'Deliberation delegating to the Standing Committee',
      association: 'Decision or article of the statutes delegating to the Bureau',
    },
    delegationHelp: {
      departement: 'Cited when the Standing Committee decides (Article L3211-2 CGCT), e.g. “No. 2021-CD-07-02 of 1 July 2021”.',
      commune: 'The municipal council itself deliberates on the agreement: this field is not used in the documents.',
      epci: 'Cited when the Bureau decides (Article L5211-10 CGCT), e.g. “No. 2020-45 of 16 July 2020”.',
      region: 'Cited when the Standing Committee decides (Article L4221-5 CGCT), e.g. “No. 21-CR-03 of 2 July 2021”.',
      association: 'Cited when the Bureau decides, e.g. “Article 12 of the statutes” or “the board’s decision of 4 March 2026”.',
    },
    appealHelp: {
      departement: 'The full name (“Tribunal administratif de Nantes”) or only the city.',
      commune: 'The full name (“Tribunal administratif de Nantes”) or only the city.',
      epci: 'The full name (“Tribunal administratif de Nantes”) or only the city.',
      region: 'The full name (“Tribunal administratif de Rennes”) or only the city.',
      association: 'Not used for an association: its decision is a private-law act, with no mention of appeal.',
    },
    typeHelp: 'The type sets the bodies, the titles and the legal texts the documents cite.',
  },
  doc: {
    commune: {
      fileNames: { rapport: 'Mayor report', rapportFeminine: 'Mayor report' },
      what: { presidentName: 'name of the Mayor', reciprocityEffects: 'effects on the municipality’s territory' },
      assembly: { deliberating_body: 'Municipal Council', delegate: 'Municipal Council' },
      president: { president: 'Mayor', presidente: 'Mayor' },
      deliberation: {
        visaCouncilLaw: 'Having regard to Article L2121-29 of the General Code of Local Authorities;',
        visaDelegateLaw: 'Having regard to Article L2121-29 of the General Code of Local Authorities;',
        visaDelegation: 'Having regard to deliberation {{ref}};',
        visaBudget: 'Having regard to the municipality’s budget for {{year}};',
        considerantPartnershipSince:
          'Whereas the partnership between the municipality and {{partner}} ({{country}}) started in {{since}} and rests on reciprocity and each party’s competences;',
        considerantPartnership:
          'Whereas the partnership between the municipality and {{partner}} ({{country}}) rests on reciprocity and each party’s competences;',
        considerantReciprocity:
          'Whereas this programme answers a challenge shared by both territories and will have effects on the municipality’s territory: {{effects}};',
        commitCash:
          'To commit the municipality’s financial contribution of {{cash}}, charged to chapter {{chapter}}, article {{article}}, programme {{programme}} of the municipality’s budget{{ap}}.',
        commitInKind: 'The municipality also contributes in kind, valued at {{inKind}}, for which no credits are entered in the budget.',
        commitInKindOnly: 'To take note of the municipality’s contribution in kind, valued at {{inKind}}, for which no credits are entered in the budget.',
        enforceable:
          'Act certified enforceable {{byPresident}}, following its transmission to the State’s representative on {{dots}} and its publication on {{dots}} (Article L2131-1 of the General Code of Local Authorities).',
      },
      rapport: {
        subtitle: 'Explanatory summary note (Article L2121-12 of the General Code of Local Authorities)',
        reciprocity: 'Reciprocity and effects on the municipality’s territory',
        effects: 'Expected effects on the municipality’s territory: {{text}}',
        alsoMeasured: 'Indicators also measured on the municipality’s territory: {{list}}.',
        financialImpact: 'Financial impact on the municipality',
        financialImpactTotal: 'The municipality’s contribution amounts to {{amount}}, {{share}} of the total cost.',
        financialImpactCash:
          'Its cash part, {{cash}}, is charged to chapter {{chapter}}, article {{article}}, programme {{programme}} of the municipality’s budget.',
        proposalAmount: 'commit the municipality’s financial contribution of {{amount}};',
      },
      convention: {
        shortLead: '“the Municipality”',
        amountFacts:
          'The forecast amount of the municipality’s financial commitments is {{amount}}, for a total programme cost of {{total}}, over the period {{period}}.',
      },
    },
    epci: {
      fileNames: { rapport: 'President report', rapportFeminine: 'President report' },
      what: { reciprocityEffects: 'effects on the community’s territory' },
      assembly: { deliberating_body: 'Community Council', delegate: 'Community Bureau' },
      president: { president: 'President of the Community', presidente: 'President of the Community' },
      deliberation: {
        visaCouncilLaw: 'Having regard to Article L5211-1 of the General Code of Local Authorities;',
        visaDelegateLaw: 'Having regard to Article L5211-10 of the General Code of Local Authorities;',
        visaDelegation: 'Having regard to deliberation {{ref}} by which the Community Council delegated part of its powers to the Bureau;',
        visaBudget: 'Having regard to the community’s budget for {{year}};',
        considerantPartnershipSince:
          'Whereas the partnership between the community and {{partner}} ({{country}}) started in {{since}} and rests on reciprocity and each party’s competences;',
        considerantPartnership:
          'Whereas the partnership between the community and {{partner}} ({{country}}) rests on reciprocity and each party’s competences;',
        considerantReciprocity:
          'Whereas this programme answers a challenge shared by both territories and will have effects on the community’s territory: {{effects}};',
        commitCash:
          'To commit the community’s financial contribution of {{cash}}, charged to chapter {{chapter}}, article {{article}}, programme {{programme}} of the community’s budget{{ap}}.',
        commitInKind: 'The community also contributes in kind, valued at {{inKind}}, for which no credits are entered in the budget.',
        commitInKindOnly: 'To take note of the community’s contribution in kind, valued at {{inKind}}, for which no credits are entered in the budget.',
        enforceable:
          'Act certified enforceable {{byPresident}}, following its transmission to the State’s representative on {{dots}} and its publication on {{dots}} (Articles L2131-1 and L5211-3 of the General Code of Local Authorities).',
      },
      rapport: {
        subtitle: 'Explanatory summary note (Articles L2121-12 and L5211-1 of the General Code of Local Authorities)',
        reciprocity: 'Reciprocity and effects on the community’s territory',
        effects: 'Expected effects on the community’s territory: {{text}}',
        alsoMeasured: 'Indicators also measured on the community’s territory: {{list}}.',
        financialImpact: 'Financial impact on the community',
        financialImpactTotal: 'The community’s contribution amounts to {{amount}}, {{share}} of the total cost.',
        financialImpactCash:
          'Its cash part, {{cash}}, is charged to chapter {{chapter}}, article {{article}}, programme {{programme}} of the community’s budget.',
        proposalAmount: 'commit the community’s financial contribution of {{amount}};',
      },
      convention: {
        shortLead: '“the Community”',
        amountFacts:
          'The forecast amount of the community’s financial commitments is {{amount}}, for a total programme cost of {{total}}, over the period {{period}}.',
      },
    },
    region: {
      fileNames: { rapport: 'President report', rapportFeminine: 'President report' },
      what: { reciprocityEffects: 'effects on the Region’s territory' },
      assembly: { deliberating_body: 'Regional Council', delegate: 'Standing Committee' },
      president: { president: 'President of the Regional Council', presidente: 'President of the Regional Council' },
      deliberation: {
        visaCouncilLaw: 'Having regard to Article L4221-1 of the General Code of Local Authorities;',
        visaDelegateLaw: 'Having regard to Article L4221-5 of the General Code of Local Authorities;',
        visaDelegation: 'Having regard to deliberation {{ref}} by which the Regional Council delegated part of its powers to the Standing Committee;',
        visaBudget: 'Having regard to the Region’s budget for {{year}};',
        considerantPartnershipSince:
          'Whereas the partnership between the Region and {{partner}} ({{country}}) started in {{since}} and rests on reciprocity and each party’s competences;',
        considerantPartnership:
          'Whereas the partnership between the Region and {{partner}} ({{country}}) rests on reciprocity and each party’s competences;',
        considerantReciprocity:
          'Whereas this programme answers a challenge shared by both territories and will have effects on the Region’s territory: {{effects}};',
        commitCash:
          'To commit the Region’s financial contribution of {{cash}}, charged to chapter {{chapter}}, article {{article}}, programme {{programme}} of the Region’s budget{{ap}}.',
        commitInKind: 'The Region also contributes in kind, valued at {{inKind}}, for which no credits are entered in the budget.',
        commitInKindOnly: 'To take note of the Region’s contribution in kind, valued at {{inKind}}, for which no credits are entered in the budget.',
        enforceable:
          'Act certified enforceable {{byPresident}}, following its transmission to the State’s representative on {{dots}} and its publication on {{dots}} (Article L4141-1 of the General Code of Local Authorities).',
      },
      rapport: {
        reciprocity: 'Reciprocity and effects on the Region’s territory',
        effects: 'Expected effects on the Region’s territory: {{text}}',
        alsoMeasured: 'Indicators also measured on the Region’s territory: {{list}}.',
        financialImpact: 'Financial impact on the Region',
        financialImpactTotal: 'The Region’s contribution amounts to {{amount}}, {{share}} of the total cost.',
        financialImpactCash:
          'Its cash part, {{cash}}, is charged to chapter {{chapter}}, article {{article}}, programme {{programme}} of the Region’s budget.',
        proposalAmount: 'commit the Region’s financial contribution of {{amount}};',
      },
      convention: {
        shortLead: '“the Region”',
        amountFacts:
          'The forecast amount of the Region’s financial commitments is {{amount}}, for a total programme cost of {{total}}, over the period {{period}}.',
      },
    },
    association: {
      fileNames: { rapport: 'Note to the board', rapportFeminine: 'Note to the board', deliberation: 'Extract from the minutes' },
      what: {
        authorityName: 'name of the association',
        presidentName: 'name of the President',
        reportNumber: 'note number',
        deliberationNumber: 'decision number',
        delegationDeliberation: 'act delegating to the Bureau',
        reciprocityEffects: 'effects where the association works',
      },
      assembly: { deliberating_body: 'Board of Directors', delegate: 'Bureau' },
      president: { president: 'President of the association', presidente: 'President of the association' },
      deliberation: {
        title: 'Extract from the minutes',
        session: 'Meeting of {{date}}',
        number: 'Decision No. {{number}}',
        visaCgct: 'Having regard to the Act of 1 July 1901 on the contract of association;',
        visaCouncilLaw: 'Having regard to the statutes of the association;',
        visaDelegateLaw: 'Having regard to the statutes of the association;',
        visaDelegation: 'Having regard to {{ref}}, which delegates the decision to the Bureau;',
        visaBudget: 'Having regard to the association’s forecast budget for {{year}};',
        visaReport: 'Having regard to note No. {{number}} {{ofPresident}};',
        considerantLaw:
          'Whereas the association carries out, in line with its statutory purpose, international solidarity actions with partners abroad;',
        considerantPartnershipSince:
          'Whereas the partnership between the association and {{partner}} ({{country}}) started in {{since}} and rests on reciprocity and each party’s competences;',
        considerantPartnership:
          'Whereas the partnership between the association and {{partner}} ({{country}}) rests on reciprocity and each party’s competences;',
        considerantReciprocity:
          'Whereas this programme answers a challenge shared by both territories and will have effects where the association works: {{effects}};',
        deliberated: 'Having deliberated,',
        commitCash: 'To commit the association’s financial contribution of {{cash}}, entered in its budget.',
        commitCredits: 'The payments are spread as follows: {{credits}}.',
        commitInKind: 'The association also contributes in kind, valued at {{inKind}}, for which no payment is made.',
        commitInKindOnly: 'To take note of the association’s contribution in kind, valued at {{inKind}}, for which no payment is made.',
        quorum: 'Members in office: {{dots}}; present or represented: {{dots}}. The quorum set by the statutes being reached, {{body}} may validly decide.',
        signature: 'Certified true extract from the register of minutes,',
        publicFunderAgreement:
          'To authorise {{president}} to sign with {{funders}} the agreement required by Article 10 of Act No. 2000-321 of 12 April 2000, their contribution exceeding 23,000 euros a year.',
      },
      rapport: {
        title: 'Note {{ofPresident}} {{assemblyTo}}',
        number: 'Note No. {{number}}',
        session: 'Meeting of {{date}}',
        intro:
          'This note submits for your approval the international solidarity programme {{title}}, built with {{partner}} ({{country}}) following the co-construction method of an economic and social inclusion programme.',
        reciprocity: 'Reciprocity and effects where the association works',
        effects: 'Expected effects where the association works: {{text}}',
        alsoMeasured: 'Indicators also measured where the association works: {{list}}.',
        financialImpact: 'Financial impact on the association',
        financialImpactTotal: 'The association’s contribution amounts to {{amount}}, {{share}} of the total cost.',
        financialImpactCash: 'Its cash part, {{cash}}, is entered in the association’s budget.',
        financialImpactCredits: 'The payments are spread as follows: {{credits}}.',
        financialImpactInKind:
          'A contribution in kind (time of staff and volunteers, resources made available) valued at {{inKind}} comes in addition; no payment is made for it.',
        proposalAmount: 'commit the association’s financial contribution of {{amount}};',
        closing: 'I invite you to decide.',
      },
      convention: {
        shortLead: '“the Association”',
        actingUnder: ', acting under decision {{ref}}',
        visaCgct: 'Having regard to the Act of 1 July 1901 on the contract of association;',
        visaDeliberation: 'Having regard to decision {{ref}} {{ofName}};',
        amountFacts:
          'The forecast amount of the association’s financial commitments is {{amount}}, for a total programme cost of {{total}}, over the period {{period}}.',
      },
    },
  },
  // The convention's default clauses are French texts (clause-defaults.ts); English keeps the keys, in English.
  clauses: {
    commitmentsTitle: {
      departement: 'Commitments of the Département',
      commune: 'Commitments of the municipality',
      epci: 'Commitments of the community',
      region: 'Commitments of the Region',
      association: 'Commitments of the association',
    },
    expertise: {
      departement: '– draw on the expertise of its services, in particular its social and integration services, and of the actors of its territory;\n',
      commune: '– draw on the expertise of its services, in particular its social action, and of the actors of its territory;\n',
      epci: '– draw on the expertise of its services and member municipalities, and of the actors of its territory;\n',
      region: '– draw on the expertise of its services, in particular in vocational training and integration, and of the actors of its territory;\n',
      association: '– draw on the expertise of its staff, volunteers and partners in France;\n',
    },
    entry: {
      departement: 'It enters into force when signed, after its transmission to the State’s representative (Articles L. 3131-1 and L. 3131-2 CGCT). It may be extended by amendment.',
      commune: 'It enters into force when signed, after its transmission to the State’s representative (Articles L. 2131-1 and L. 2131-2 CGCT). It may be extended by amendment.',
      epci: 'It enters into force when signed, after its transmission to the State’s representative (Articles L. 2131-1, L. 2131-2 and L. 5211-3 CGCT). It may be extended by amendment.',
      region: 'It enters into force when signed, after its transmission to the State’s representative (Articles L. 4141-1 and L. 4141-2 CGCT). It may be extended by amendment.',
      association: 'It enters into force when signed by the parties. It may be extended by amendment.',
    },
    financialLaw: {
      departement: ', within the meaning of Article L. 1115-1 CGCT,',
      commune: ', within the meaning of Article L. 1115-1 CGCT,',
      epci: ', within the meaning of Article L. 1115-1 CGCT,',
      region: ', within the meaning of Article L. 1115-1 CGCT,',
      association: '',
    },
    payments: {
      departement: 'Payments are subject to the credits being voted by the deliberating assembly.',
      commune: 'Payments are subject to the credits being voted by the Municipal Council.',
      epci: 'Payments are subject to the credits being voted by the Community Council.',
      region: 'Payments are subject to the credits being voted by the Regional Council.',
      association: 'Payments are subject to the funding planned in the financing plan being obtained.',
    },
    law: {
      departement: 'This agreement is concluded under Articles L. 1115-1 and following CGCT and governed by French law.',
      commune: 'This agreement is concluded under Articles L. 1115-1 and following CGCT and governed by French law.',
      epci: 'This agreement is concluded under Articles L. 1115-1 and following CGCT and governed by French law.',
      region: 'This agreement is concluded under Articles L. 1115-1 and following CGCT and governed by French law.',
      association: 'This agreement is a private-law contract governed by French law.',
    },
    competences: {
      departement: 'respect for each authority’s competences',
      commune: 'respect for each authority’s competences',
      epci: 'respect for each authority’s competences',
      region: 'respect for each authority’s competences',
      association: 'respect for each party’s missions',
    },
    termination: {
      departement: 'in the general interest',
      commune: 'in the general interest',
      epci: 'in the general interest',
      region: 'in the general interest',
      association: 'for a legitimate reason',
    },
    publicFunders: {
      departement: '',
      commune: '',
      epci: '',
      region: '',
      association:
        'Each public funder contributing more than 23,000 euros a year concludes with the association the agreement required by Article 10 of Act No. 2000-321 of 12 April 2000.',
    },
  },
} as const;
