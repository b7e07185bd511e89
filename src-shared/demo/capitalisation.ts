/** The fiche de capitalisation as a partner would start it mid-programme: a few parts written, the rest to come. */
export const DEMO_CAPITALISATION = {
  title: 'Cap Jeunes : aller vers les jeunes invisibles, ici et là-bas',
  context:
    'Ndiawara, commune sénégalaise de 38 500 habitants dont 62 % ont moins de 25 ans, et la Vallée-Haute, Département français de 412 000 habitants, coopèrent depuis 2012. En 2026, leur diagnostic partagé a mis en évidence un défi commun : de nombreux jeunes, surtout ruraux, sont à l’écart de l’emploi, de la formation et des services publics.',
  problem:
    'À Ndiawara, 41 % des jeunes de 16 à 25 ans sont sans emploi ni formation, faute de lieu d’accueil, de formations accessibles et d’accès au crédit ; les jeunes femmes et les jeunes en situation de handicap cumulent les obstacles. En Vallée-Haute, les jeunes du Haut-Plateau échappent au repérage des dispositifs d’insertion.',
  approach: '',
  results: '',
  difficulties: '',
  successFactors: '',
  lessons:
    'Premiers enseignements, à confirmer par l’évaluation finale : le repérage par des relais de village et par des jeunes déjà insérés touche des jeunes que les services ne voyaient pas ; l’accessibilité du point d’accueil doit être pensée dès la conception ; le mentorat par les pairs se transpose d’un territoire à l’autre à condition d’adapter le rôle du mentor au contexte local.',
  transferability: '',
  reciprocity: '',
  resources: '',
  contacts: '',
};
