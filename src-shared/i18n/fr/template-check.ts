/** The documents screen's check of the Département's Word template (what it lacks, the filled délibération). */
export const templateCheck = {
  title: 'Ce que le modèle contient',
  reading: 'Lecture du modèle…',
  complete: 'Le modèle contient tout ce que le rapport et la délibération y placent.',
  missingDeliberation:
    'Pour la délibération, il manque au modèle : {{list}}. Ces éléments n’y figureront pas.',
  missingRapport: 'Pour le rapport, il manque au modèle : {{list}}. Ces éléments n’y figureront pas.',
  unknown: 'Balises inconnues, laissées en l’état dans le document : {{list}}.',
  preview: 'Remplir le modèle et prévisualiser la délibération',
  filling: 'Remplissage du modèle…',
} as const;
