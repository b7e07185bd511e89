/**
 * The 169 SDG targets (cibles des ODD).
 *
 * Codes are facts (e.g. "8.5", "1.a", "17.19"); each label is a short paraphrase written for
 * this application, in French and English. They are not the official UN wording.
 * French labels follow French typography (typographic apostrophe, no-break space before "%").
 * Pure data: no Node or DOM dependency.
 */

export interface SdgTarget {
  /** Target code: goal number, a dot, then a number or a lowercase letter ("8.5", "1.a"). */
  code: string;
  /** Goal number the target belongs to (1 to 17). */
  goal: number;
  /** Short French label. */
  fr: string;
  /** Short English label. */
  en: string;
}

const NBSP = '\u00a0';

function t(code: string, fr: string, en: string): SdgTarget {
  const goal = Number.parseInt(code, 10);
  return Object.freeze({ code, goal, fr, en });
}

export const SDG_TARGETS: readonly SdgTarget[] = Object.freeze([
  // Goal 1: no poverty
  t('1.1', 'Éliminer l’extrême pauvreté partout dans le monde', 'End extreme poverty everywhere'),
  t(
    '1.2',
    'Réduire de moitié la pauvreté sous toutes ses formes, selon les définitions nationales',
    'Halve poverty in all its dimensions, as defined nationally',
  ),
  t(
    '1.3',
    'Systèmes et socles de protection sociale pour tous, couvrant pauvres et vulnérables',
    'Social protection systems and floors for all, covering the poor and vulnerable',
  ),
  t(
    '1.4',
    'Droits égaux aux ressources économiques, services de base, terre et services financiers',
    'Equal rights to economic resources, basic services, land and financial services',
  ),
  t(
    '1.5',
    'Renforcer la résilience des pauvres face aux chocs climatiques et autres catastrophes',
    'Build resilience of the poor to climate extremes and other shocks',
  ),
  t(
    '1.a',
    'Mobiliser des ressources, notamment par la coopération, pour des programmes contre la pauvreté',
    'Mobilise resources, including through cooperation, for programmes to end poverty',
  ),
  t(
    '1.b',
    'Cadres d’action favorables aux pauvres et tenant compte du genre',
    'Pro-poor, gender-sensitive policy frameworks to speed up poverty eradication',
  ),

  // Goal 2: zero hunger
  t(
    '2.1',
    'Éliminer la faim et garantir à tous une alimentation saine, nutritive et suffisante',
    'End hunger and ensure year-round access to safe, nutritious and sufficient food',
  ),
  t(
    '2.2',
    'Mettre fin à toutes les formes de malnutrition, notamment chez les jeunes enfants',
    'End all forms of malnutrition, including stunting and wasting in young children',
  ),
  t(
    '2.3',
    'Doubler la productivité agricole et les revenus des petits producteurs alimentaires',
    'Double agricultural productivity and incomes of small-scale food producers',
  ),
  t(
    '2.4',
    'Systèmes de production alimentaire durables et pratiques agricoles résilientes',
    'Sustainable food production systems and resilient agricultural practices',
  ),
  t(
    '2.5',
    'Préserver la diversité génétique des semences, des cultures et des animaux d’élevage',
    'Maintain the genetic diversity of seeds, cultivated plants and farm animals',
  ),
  t(
    '2.a',
    'Investir dans les infrastructures rurales, la recherche et la vulgarisation agricoles',
    'Invest in rural infrastructure, agricultural research and extension services',
  ),
  t(
    '2.b',
    'Corriger les distorsions des marchés agricoles mondiaux, dont les subventions à l’exportation',
    'Correct distortions in world agricultural markets, including export subsidies',
  ),
  t(
    '2.c',
    'Bon fonctionnement des marchés de denrées alimentaires et maîtrise de la volatilité des prix',
    'Well-functioning food commodity markets and limited food price volatility',
  ),

  // Goal 3: good health and well-being
  t('3.1', 'Réduire la mortalité maternelle', 'Reduce maternal mortality'),
  t(
    '3.2',
    'Mettre fin aux décès évitables de nouveau-nés et d’enfants de moins de 5 ans',
    'End preventable deaths of newborns and children under 5',
  ),
  t(
    '3.3',
    'Mettre fin au sida, à la tuberculose, au paludisme et combattre les maladies transmissibles',
    'End AIDS, tuberculosis and malaria and combat other communicable diseases',
  ),
  t(
    '3.4',
    'Réduire la mortalité due aux maladies non transmissibles et promouvoir la santé mentale',
    'Reduce premature deaths from non-communicable diseases and promote mental health',
  ),
  t(
    '3.5',
    'Prévenir et traiter l’abus de substances, dont les stupéfiants et l’alcool',
    'Prevent and treat substance abuse, including narcotics and alcohol',
  ),
  t(
    '3.6',
    'Réduire de moitié les décès et blessures dus aux accidents de la route',
    'Halve deaths and injuries from road traffic accidents',
  ),
  t(
    '3.7',
    'Accès universel aux services de santé sexuelle et reproductive et au planning familial',
    'Universal access to sexual and reproductive health care and family planning',
  ),
  t(
    '3.8',
    'Couverture sanitaire universelle et accès aux soins, médicaments et vaccins essentiels',
    'Universal health coverage and access to essential care, medicines and vaccines',
  ),
  t(
    '3.9',
    'Réduire les décès et maladies dus aux produits chimiques dangereux et à la pollution',
    'Reduce deaths and illnesses from hazardous chemicals and pollution',
  ),
  t(
    '3.a',
    'Appliquer la convention-cadre de l’OMS pour la lutte antitabac',
    'Implement the WHO Framework Convention on Tobacco Control',
  ),
  t(
    '3.b',
    'Soutenir la recherche sur les vaccins et médicaments et leur accès à un coût abordable',
    'Support research on vaccines and medicines and access to affordable medicines',
  ),
  t(
    '3.c',
    'Accroître le financement de la santé et le personnel de santé des pays en développement',
    'Increase health financing and the health workforce in developing countries',
  ),
  t(
    '3.d',
    'Renforcer l’alerte rapide, la réduction et la gestion des risques sanitaires',
    'Strengthen early warning, reduction and management of health risks',
  ),

  // Goal 4: quality education
  t(
    '4.1',
    'Scolarité primaire et secondaire gratuite, équitable et de qualité pour tous les enfants',
    'Free, equitable, quality primary and secondary schooling for all children',
  ),
  t(
    '4.2',
    'Accès à des services de qualité pour la petite enfance et à l’éducation préscolaire',
    'Access to quality early childhood development and pre-primary education',
  ),
  t(
    '4.3',
    'Égal accès à un enseignement technique, professionnel et supérieur de qualité et abordable',
    'Equal access to affordable, quality technical, vocational and higher education',
  ),
  t(
    '4.4',
    'Plus de jeunes et d’adultes ayant les compétences utiles à l’emploi et à l’entrepreneuriat',
    'More youth and adults with skills for employment, decent jobs and entrepreneurship',
  ),
  t(
    '4.5',
    'Éliminer les disparités entre les sexes et assurer l’accès des personnes vulnérables à l’éducation',
    'Eliminate gender disparities in education and ensure equal access for the vulnerable',
  ),
  t(
    '4.6',
    'Lecture, écriture et calcul pour tous les jeunes et une grande part des adultes',
    'Literacy and numeracy for all youth and most adults',
  ),
  t(
    '4.7',
    'Éducation au développement durable, aux droits humains et à la citoyenneté mondiale',
    'Education for sustainable development, human rights and global citizenship',
  ),
  t(
    '4.a',
    'Établissements scolaires adaptés à tous, sûrs, non violents et inclusifs',
    'Safe, non-violent, inclusive schools adapted to children, disability and gender',
  ),
  t(
    '4.b',
    'Augmenter les bourses d’études supérieures offertes aux pays en développement',
    'Expand higher-education scholarships for developing countries',
  ),
  t(
    '4.c',
    'Accroître le nombre d’enseignants qualifiés, notamment par la coopération internationale',
    'Increase the supply of qualified teachers, including through international cooperation',
  ),

  // Goal 5: gender equality
  t(
    '5.1',
    'Mettre fin à toutes les discriminations envers les femmes et les filles',
    'End all forms of discrimination against women and girls',
  ),
  t(
    '5.2',
    'Éliminer les violences faites aux femmes et aux filles, dont la traite et l’exploitation sexuelle',
    'Eliminate violence against women and girls, including trafficking and sexual exploitation',
  ),
  t(
    '5.3',
    'Éliminer les mariages d’enfants, précoces ou forcés et les mutilations génitales féminines',
    'Eliminate child, early and forced marriage and female genital mutilation',
  ),
  t(
    '5.4',
    'Reconnaître et valoriser les soins et travaux domestiques non rémunérés',
    'Recognise and value unpaid care and domestic work',
  ),
  t(
    '5.5',
    'Participation pleine des femmes et égal accès aux fonctions de direction à tous les niveaux',
    'Women’s full participation and equal opportunities for leadership at all levels',
  ),
  t(
    '5.6',
    'Accès universel à la santé sexuelle et reproductive et aux droits en matière de procréation',
    'Universal access to sexual and reproductive health and reproductive rights',
  ),
  t(
    '5.a',
    'Droits égaux des femmes aux ressources économiques, à la terre et à la propriété',
    'Equal rights for women to economic resources, land and property',
  ),
  t(
    '5.b',
    'Technologies, notamment numériques, au service de l’autonomisation des femmes',
    'Enabling technology, especially ICT, to empower women',
  ),
  t(
    '5.c',
    'Politiques et lois applicables en faveur de l’égalité des sexes',
    'Sound policies and enforceable laws for gender equality',
  ),

  // Goal 6: clean water and sanitation
  t(
    '6.1',
    'Accès universel et équitable à une eau potable sûre et abordable',
    'Universal, equitable access to safe and affordable drinking water',
  ),
  t(
    '6.2',
    'Assainissement et hygiène adéquats pour tous, fin de la défécation à l’air libre',
    'Adequate sanitation and hygiene for all and an end to open defecation',
  ),
  t(
    '6.3',
    'Améliorer la qualité de l’eau, traiter, recycler et réutiliser les eaux usées',
    'Improve water quality, treat, recycle and safely reuse wastewater',
  ),
  t(
    '6.4',
    'Utiliser l’eau plus efficacement et faire face à la pénurie d’eau',
    'Use water more efficiently and tackle water scarcity',
  ),
  t(
    '6.5',
    'Gestion intégrée des ressources en eau, y compris par la coopération transfrontière',
    'Integrated water resources management, including transboundary cooperation',
  ),
  t(
    '6.6',
    'Protéger et restaurer les écosystèmes liés à l’eau',
    'Protect and restore water-related ecosystems',
  ),
  t(
    '6.a',
    'Coopération internationale et renforcement des capacités pour l’eau et l’assainissement',
    'International cooperation and capacity-building for water and sanitation',
  ),
  t(
    '6.b',
    'Participation des populations locales à la gestion de l’eau et de l’assainissement',
    'Local communities taking part in water and sanitation management',
  ),

  // Goal 7: affordable and clean energy
  t(
    '7.1',
    'Accès universel à des services énergétiques fiables, modernes et abordables',
    'Universal access to affordable, reliable and modern energy services',
  ),
  t(
    '7.2',
    'Accroître nettement la part des énergies renouvelables',
    'Substantially increase the share of renewable energy',
  ),
  t(
    '7.3',
    'Doubler le rythme d’amélioration de l’efficacité énergétique',
    'Double the rate of improvement in energy efficiency',
  ),
  t(
    '7.a',
    'Coopération internationale pour la recherche, les technologies et l’investissement en énergie propre',
    'International cooperation on clean energy research, technology and investment',
  ),
  t(
    '7.b',
    'Développer les infrastructures énergétiques durables des pays en développement',
    'Expand sustainable energy infrastructure in developing countries',
  ),

  // Goal 8: decent work and economic growth
  t(
    '8.1',
    'Maintenir la croissance économique par habitant, surtout dans les pays les moins avancés',
    'Sustain per capita economic growth, especially in least developed countries',
  ),
  t(
    '8.2',
    'Accroître la productivité par la diversification, la technologie et l’innovation',
    'Raise productivity through diversification, technological upgrading and innovation',
  ),
  t(
    '8.3',
    'Favoriser les emplois décents, l’entrepreneuriat et la croissance des microentreprises et des petites et moyennes entreprises',
    'Support decent job creation, entrepreneurship and the growth of small businesses',
  ),
  t(
    '8.4',
    'Utiliser les ressources plus efficacement et dissocier croissance et dégradation de l’environnement',
    'Improve resource efficiency and decouple growth from environmental degradation',
  ),
  t(
    '8.5',
    'Plein emploi, travail décent et salaire égal pour tous, y compris jeunes et personnes handicapées',
    'Full employment, decent work and equal pay for all, including youth and disabled people',
  ),
  t(
    '8.6',
    'Réduire la part des jeunes sans emploi, ni études, ni formation',
    'Reduce the share of youth not in employment, education or training',
  ),
  t(
    '8.7',
    'Abolir le travail forcé, l’esclavage moderne, la traite et le travail des enfants',
    'End forced labour, modern slavery, human trafficking and child labour',
  ),
  t(
    '8.8',
    'Défendre les droits des travailleurs et la sécurité au travail, y compris pour les migrants',
    'Protect labour rights and safe working conditions for all, including migrant workers',
  ),
  t(
    '8.9',
    'Promouvoir un tourisme durable créateur d’emplois et valorisant la culture locale',
    'Promote sustainable tourism that creates jobs and promotes local culture',
  ),
  t(
    '8.10',
    'Renforcer les institutions financières nationales et l’accès de tous aux services bancaires',
    'Strengthen domestic financial institutions and access to banking for all',
  ),
  t(
    '8.a',
    'Accroître l’aide pour le commerce en faveur des pays en développement',
    'Increase Aid for Trade support for developing countries',
  ),
  t(
    '8.b',
    'Stratégie mondiale pour l’emploi des jeunes et Pacte mondial pour l’emploi de l’OIT',
    'Global strategy for youth employment and the ILO Global Jobs Pact',
  ),

  // Goal 9: industry, innovation and infrastructure
  t(
    '9.1',
    'Infrastructures de qualité, fiables, durables et résilientes, accessibles à tous',
    'Quality, reliable, sustainable and resilient infrastructure accessible to all',
  ),
  t(
    '9.2',
    'Industrialisation durable et inclusive, et part accrue de l’industrie dans l’économie',
    'Inclusive, sustainable industrialisation and a larger share of industry in the economy',
  ),
  t(
    '9.3',
    'Accès des petites entreprises au crédit et intégration aux chaînes de valeur',
    'Small enterprises’ access to affordable credit and integration into value chains',
  ),
  t(
    '9.4',
    'Moderniser infrastructures et industries pour les rendre durables et plus propres',
    'Upgrade infrastructure and retrofit industries to make them sustainable and clean',
  ),
  t(
    '9.5',
    'Renforcer la recherche scientifique, l’innovation et les capacités technologiques des industries',
    'Enhance scientific research, innovation and industrial technological capabilities',
  ),
  t(
    '9.a',
    'Soutenir les infrastructures durables des pays en développement, notamment en Afrique',
    'Support sustainable infrastructure in developing countries, notably in Africa',
  ),
  t(
    '9.b',
    'Soutenir la recherche et l’innovation technologiques nationales des pays en développement',
    'Support domestic technology, research and innovation in developing countries',
  ),
  t(
    '9.c',
    'Accès accru aux technologies de l’information et Internet abordable pour tous',
    'Wider access to ICT and affordable Internet for all',
  ),

  // Goal 10: reduced inequalities
  t(
    '10.1',
    `Faire croître plus vite les revenus des 40${NBSP}% les plus pauvres`,
    'Faster income growth for the poorest 40 per cent',
  ),
  t(
    '10.2',
    'Favoriser l’inclusion sociale, économique et politique de tous, sans distinction',
    'Empower and promote the social, economic and political inclusion of all',
  ),
  t(
    '10.3',
    'Égalité des chances et suppression des lois et pratiques discriminatoires',
    'Equal opportunity and an end to discriminatory laws, policies and practices',
  ),
  t(
    '10.4',
    'Politiques budgétaires, salariales et de protection sociale pour plus d’égalité',
    'Fiscal, wage and social protection policies for greater equality',
  ),
  t(
    '10.5',
    'Mieux réglementer et surveiller les marchés et institutions financiers mondiaux',
    'Better regulation and monitoring of global financial markets and institutions',
  ),
  t(
    '10.6',
    'Meilleure représentation des pays en développement dans les institutions économiques mondiales',
    'Greater voice for developing countries in global economic and financial institutions',
  ),
  t(
    '10.7',
    'Faciliter des migrations et une mobilité sûres, ordonnées, régulières et responsables',
    'Safe, orderly, regular and responsible migration and mobility',
  ),
  t(
    '10.a',
    'Traitement spécial et différencié des pays en développement dans le commerce',
    'Special and differential trade treatment for developing countries',
  ),
  t(
    '10.b',
    'Orienter l’aide publique au développement et les investissements vers les pays les plus démunis',
    'Direct development aid and investment to the countries most in need',
  ),
  t(
    '10.c',
    'Réduire le coût des transferts de fonds des migrants',
    'Reduce the transaction costs of migrants’ remittances',
  ),

  // Goal 11: sustainable cities and communities
  t(
    '11.1',
    'Logement adéquat, sûr et abordable pour tous et réhabilitation des quartiers précaires',
    'Adequate, safe and affordable housing for all and slum upgrading',
  ),
  t(
    '11.2',
    'Transports sûrs, accessibles et durables pour tous, notamment les personnes vulnérables',
    'Safe, accessible and sustainable transport for all, especially vulnerable people',
  ),
  t(
    '11.3',
    'Urbanisation durable et inclusive et planification participative des territoires',
    'Inclusive, sustainable urbanisation and participatory settlement planning',
  ),
  t(
    '11.4',
    'Protéger et préserver le patrimoine culturel et naturel mondial',
    'Protect and safeguard the world’s cultural and natural heritage',
  ),
  t(
    '11.5',
    'Réduire le nombre de victimes et les pertes économiques dues aux catastrophes',
    'Reduce deaths, people affected and economic losses caused by disasters',
  ),
  t(
    '11.6',
    'Réduire l’impact environnemental des villes, notamment la qualité de l’air et les déchets',
    'Reduce cities’ environmental impact, including air quality and waste management',
  ),
  t(
    '11.7',
    'Accès de tous à des espaces verts et publics sûrs, inclusifs et accessibles',
    'Universal access to safe, inclusive and accessible green and public spaces',
  ),
  t(
    '11.a',
    'Renforcer les liens entre zones urbaines, périurbaines et rurales par la planification',
    'Positive links between urban, peri-urban and rural areas through planning',
  ),
  t(
    '11.b',
    'Politiques urbaines intégrées pour l’inclusion, le climat et la résilience aux catastrophes',
    'Integrated urban policies for inclusion, climate action and disaster resilience',
  ),
  t(
    '11.c',
    'Aider les pays les moins avancés à construire des bâtiments durables avec des matériaux locaux',
    'Help least developed countries build sustainable buildings with local materials',
  ),

  // Goal 12: responsible consumption and production
  t(
    '12.1',
    'Mettre en œuvre le cadre décennal de programmes sur la consommation et la production durables',
    'Implement the 10-year framework on sustainable consumption and production',
  ),
  t(
    '12.2',
    'Gestion durable et utilisation rationnelle des ressources naturelles',
    'Sustainable management and efficient use of natural resources',
  ),
  t(
    '12.3',
    'Réduire de moitié le gaspillage alimentaire et diminuer les pertes de produits alimentaires',
    'Halve food waste and reduce food losses along supply chains',
  ),
  t(
    '12.4',
    'Gestion écologiquement rationnelle des produits chimiques et de tous les déchets',
    'Environmentally sound management of chemicals and all wastes',
  ),
  t(
    '12.5',
    'Réduire nettement la production de déchets par la prévention, le recyclage et la réutilisation',
    'Substantially reduce waste through prevention, reduction, recycling and reuse',
  ),
  t(
    '12.6',
    'Inciter les entreprises à adopter des pratiques durables et à en rendre compte',
    'Encourage companies to adopt sustainable practices and report on them',
  ),
  t(
    '12.7',
    'Promouvoir des pratiques durables dans les marchés publics',
    'Promote sustainable public procurement',
  ),
  t(
    '12.8',
    'Informer et sensibiliser chacun au développement durable et aux modes de vie durables',
    'Information and awareness for sustainable development and lifestyles everywhere',
  ),
  t(
    '12.a',
    'Renforcer les capacités scientifiques des pays en développement pour des modes durables',
    'Strengthen developing countries’ scientific capacity for sustainable consumption and production',
  ),
  t(
    '12.b',
    'Outils de suivi des effets du tourisme durable sur le développement',
    'Tools to monitor the development impacts of sustainable tourism',
  ),
  t(
    '12.c',
    'Rationaliser les subventions inefficaces aux combustibles fossiles en protégeant les pauvres',
    'Rationalise wasteful fossil-fuel subsidies while protecting the poor',
  ),

  // Goal 13: climate action
  t(
    '13.1',
    'Renforcer la résilience et l’adaptation face aux aléas climatiques et aux catastrophes naturelles',
    'Strengthen resilience and adaptation to climate hazards and natural disasters',
  ),
  t(
    '13.2',
    'Intégrer les mesures climatiques aux politiques et à la planification des États',
    'Integrate climate change measures into national policies and planning',
  ),
  t(
    '13.3',
    'Éducation, sensibilisation et capacités pour l’atténuation et l’adaptation climatiques',
    'Education, awareness and capacity on climate change mitigation and adaptation',
  ),
  t(
    '13.a',
    'Mobiliser les financements climat promis et rendre opérationnel le Fonds vert pour le climat',
    'Deliver promised climate finance and make the Green Climate Fund operational',
  ),
  t(
    '13.b',
    'Planification climatique des pays les moins avancés et petits États insulaires, avec femmes et jeunes',
    'Climate planning in least developed countries and small island states, involving women and youth',
  ),

  // Goal 14: life below water
  t(
    '14.1',
    'Prévenir et réduire la pollution marine, notamment d’origine terrestre',
    'Prevent and reduce marine pollution, especially from land-based activities',
  ),
  t(
    '14.2',
    'Gérer durablement, protéger et restaurer les écosystèmes marins et côtiers',
    'Sustainably manage, protect and restore marine and coastal ecosystems',
  ),
  t(
    '14.3',
    'Réduire au minimum l’acidification des océans et ses effets',
    'Minimise and address the impacts of ocean acidification',
  ),
  t(
    '14.4',
    'Mettre fin à la surpêche et à la pêche illicite, gestion scientifique des stocks',
    'End overfishing and illegal fishing and manage fish stocks on a scientific basis',
  ),
  t(
    '14.5',
    `Préserver au moins 10${NBSP}% des zones marines et côtières`,
    'Conserve at least 10 per cent of coastal and marine areas',
  ),
  t(
    '14.6',
    'Supprimer les subventions à la pêche qui favorisent la surcapacité et la surpêche',
    'Prohibit fisheries subsidies that drive overcapacity and overfishing',
  ),
  t(
    '14.7',
    'Accroître les bénéfices que les petits États insulaires tirent des ressources marines',
    'More economic benefits for small island states and least developed countries from marine resources',
  ),
  t(
    '14.a',
    'Développer les connaissances scientifiques et le transfert de technologies marines',
    'Increase marine scientific knowledge, research capacity and technology transfer',
  ),
  t(
    '14.b',
    'Accès des petits pêcheurs artisanaux aux ressources marines et aux marchés',
    'Access for small-scale artisanal fishers to marine resources and markets',
  ),
  t(
    '14.c',
    'Appliquer le droit international de la mer pour préserver les océans',
    'Apply international law of the sea to conserve and sustainably use the oceans',
  ),

  // Goal 15: life on land
  t(
    '15.1',
    'Préserver, restaurer et exploiter durablement les écosystèmes terrestres et d’eau douce',
    'Conserve, restore and sustainably use terrestrial and freshwater ecosystems',
  ),
  t(
    '15.2',
    'Gestion durable des forêts, arrêt de la déforestation et reboisement',
    'Sustainable forest management, an end to deforestation and reforestation',
  ),
  t(
    '15.3',
    'Lutter contre la désertification et restaurer les terres et sols dégradés',
    'Combat desertification and restore degraded land and soil',
  ),
  t(
    '15.4',
    'Préserver les écosystèmes montagneux et leur biodiversité',
    'Conserve mountain ecosystems and their biodiversity',
  ),
  t(
    '15.5',
    'Limiter la dégradation des habitats, enrayer la perte de biodiversité et protéger les espèces menacées',
    'Reduce habitat degradation, halt biodiversity loss and protect threatened species',
  ),
  t(
    '15.6',
    'Partage juste et équitable des avantages tirés des ressources génétiques',
    'Fair and equitable sharing of benefits from genetic resources',
  ),
  t(
    '15.7',
    'Mettre fin au braconnage et au trafic d’espèces protégées de faune et de flore',
    'End poaching and trafficking of protected species of flora and fauna',
  ),
  t(
    '15.8',
    'Prévenir l’introduction d’espèces exotiques envahissantes et limiter leurs effets',
    'Prevent the introduction and reduce the impact of invasive alien species',
  ),
  t(
    '15.9',
    'Intégrer les écosystèmes et la biodiversité dans la planification nationale et locale',
    'Integrate ecosystem and biodiversity values into national and local planning',
  ),
  t(
    '15.a',
    'Mobiliser davantage de ressources financières pour la biodiversité et les écosystèmes',
    'Mobilise more financial resources for biodiversity and ecosystems',
  ),
  t(
    '15.b',
    'Financer la gestion durable des forêts et inciter les pays en développement à la pratiquer',
    'Finance sustainable forest management and incentives for developing countries',
  ),
  t(
    '15.c',
    'Soutien mondial contre le braconnage, y compris par des moyens de subsistance locaux durables',
    'Global support against poaching, including sustainable livelihoods for local communities',
  ),

  // Goal 16: peace, justice and strong institutions
  t(
    '16.1',
    'Réduire nettement toutes les formes de violence et la mortalité qui y est liée',
    'Significantly reduce all forms of violence and related death rates',
  ),
  t(
    '16.2',
    'Mettre fin à la maltraitance, l’exploitation, la traite et la torture des enfants',
    'End abuse, exploitation, trafficking and torture of children',
  ),
  t(
    '16.3',
    'Promouvoir l’État de droit et l’égal accès de tous à la justice',
    'Promote the rule of law and equal access to justice for all',
  ),
  t(
    '16.4',
    'Réduire les flux financiers illicites et le trafic d’armes, combattre la criminalité organisée',
    'Reduce illicit financial and arms flows and combat organised crime',
  ),
  t(
    '16.5',
    'Réduire nettement la corruption et les pots-de-vin sous toutes leurs formes',
    'Substantially reduce corruption and bribery in all their forms',
  ),
  t(
    '16.6',
    'Institutions efficaces, responsables et transparentes à tous les niveaux',
    'Effective, accountable and transparent institutions at all levels',
  ),
  t(
    '16.7',
    'Prise de décision réactive, ouverte à tous, participative et représentative',
    'Responsive, inclusive, participatory and representative decision-making',
  ),
  t(
    '16.8',
    'Participation accrue des pays en développement aux institutions de la gouvernance mondiale',
    'Greater participation of developing countries in global governance institutions',
  ),
  t(
    '16.9',
    'Identité juridique pour tous, notamment grâce à l’enregistrement des naissances',
    'Legal identity for all, including birth registration',
  ),
  t(
    '16.10',
    'Accès public à l’information et protection des libertés fondamentales',
    'Public access to information and protection of fundamental freedoms',
  ),
  t(
    '16.a',
    'Renforcer les institutions nationales pour prévenir la violence et combattre terrorisme et criminalité',
    'Strengthen national institutions to prevent violence and combat terrorism and crime',
  ),
  t(
    '16.b',
    'Promouvoir et appliquer des lois et politiques non discriminatoires',
    'Promote and enforce non-discriminatory laws and policies',
  ),

  // Goal 17: partnerships for the goals
  t(
    '17.1',
    'Mobiliser les ressources nationales, notamment par une meilleure collecte de l’impôt',
    'Strengthen domestic resource mobilisation, including tax collection',
  ),
  t(
    '17.2',
    'Respect par les pays développés de leurs engagements d’aide publique au développement',
    'Developed countries to meet their official development assistance commitments',
  ),
  t(
    '17.3',
    'Mobiliser des ressources financières supplémentaires pour les pays en développement',
    'Mobilise additional financial resources for developing countries',
  ),
  t(
    '17.4',
    'Aider les pays en développement à assurer la viabilité à long terme de leur dette',
    'Help developing countries achieve long-term debt sustainability',
  ),
  t(
    '17.5',
    'Dispositifs de promotion de l’investissement en faveur des pays les moins avancés',
    'Investment promotion regimes for least developed countries',
  ),
  t(
    '17.6',
    'Coopération Nord-Sud, Sud-Sud et triangulaire en science, technologie et innovation',
    'North-South, South-South and triangular cooperation on science, technology and innovation',
  ),
  t(
    '17.7',
    'Diffuser des technologies respectueuses de l’environnement vers les pays en développement',
    'Transfer environmentally sound technologies to developing countries on favourable terms',
  ),
  t(
    '17.8',
    'Banque de technologies pour les pays les moins avancés et usage accru du numérique',
    'Technology bank for least developed countries and wider use of ICT',
  ),
  t(
    '17.9',
    'Renforcement ciblé des capacités des pays en développement pour leurs plans nationaux ODD',
    'Targeted capacity-building in developing countries for national SDG plans',
  ),
  t(
    '17.10',
    'Système commercial multilatéral universel, ouvert, fondé sur des règles et équitable',
    'Universal, rules-based, open and equitable multilateral trading system',
  ),
  t(
    '17.11',
    'Accroître nettement les exportations des pays en développement',
    'Significantly increase exports from developing countries',
  ),
  t(
    '17.12',
    'Accès aux marchés sans droits de douane ni quotas pour les pays les moins avancés',
    'Duty-free, quota-free market access for least developed countries',
  ),
  t(
    '17.13',
    'Renforcer la stabilité macroéconomique mondiale par la coordination des politiques',
    'Enhance global macroeconomic stability through policy coordination and coherence',
  ),
  t(
    '17.14',
    'Renforcer la cohérence des politiques de développement durable',
    'Enhance policy coherence for sustainable development',
  ),
  t(
    '17.15',
    'Respecter la marge de manœuvre et l’autorité de chaque pays sur ses politiques',
    'Respect each country’s policy space and leadership',
  ),
  t(
    '17.16',
    'Partenariat mondial renforcé par des partenariats multipartites partageant savoirs et moyens',
    'Global partnership backed by multi-stakeholder partnerships sharing knowledge and resources',
  ),
  t(
    '17.17',
    'Encourager les partenariats publics, public-privé et avec la société civile',
    'Encourage effective public, public-private and civil society partnerships',
  ),
  t(
    '17.18',
    'Données fiables et ventilées par revenu, sexe, âge, handicap et territoire',
    'Reliable data disaggregated by income, gender, age, disability and location',
  ),
  t(
    '17.19',
    'Mesurer le progrès au-delà du PIB et renforcer les capacités statistiques',
    'Measure progress beyond GDP and build statistical capacity',
  ),
]);
