/** Damaged settings or rows, and the way out: src-renderer/components/RecoveryBanners.tsx. */
export const recovery = {
  settingsDamaged:
    'Les paramètres du Département enregistrés sont endommagés\u202f: le programme s’ouvre sans eux (collectivité, président, auteur et numéros vides) et ils ne peuvent pas être modifiés avant réparation. La réparation garde les champs lisibles, vide les autres et fait d’abord une sauvegarde.',
  repair: 'Réparer les paramètres',
  repairing: 'Réparation en cours…',
  repaired_one: 'Paramètres réparés\u202f: {{count}} champ illisible a été vidé, à ressaisir dans les paramètres. Sauvegarde faite avant la réparation\u202f: {{backup}}.',
  repaired_other: 'Paramètres réparés\u202f: {{count}} champs illisibles ont été vidés, à ressaisir dans les paramètres. Sauvegarde faite avant la réparation\u202f: {{backup}}.',
  repairedNone: 'Paramètres réparés\u202f: tous les champs étaient lisibles.',
  damaged: 'Une partie du programme est illisible et a été laissée de côté\u202f: {{parts}}. Le reste du programme est intact.',
  damagedItem: '{{part}} («\u202f{{excerpt}}…\u202f»)',
  wayOut: 'Pour les retrouver, restaurez une sauvegarde ou ressaisissez-les.',
  backups: 'Ouvrir les sauvegardes',
  settingsDamagedHere:
    'Les paramètres du Département enregistrés sont endommagés\u202f: ils ne peuvent être ni affichés ni modifiés avant réparation. La réparation fait d’abord une sauvegarde de toutes les données, garde les champs lisibles et vide les autres, à ressaisir ensuite ici. Vous pouvez aussi restaurer une sauvegarde antérieure.',
  damagedFields: 'Champs endommagés\u202f: {{fields}}.',
  damagedAll: 'Aucun champ n’est lisible\u202f: tous seront vidés.',
  resetFields: 'Champs vidés, à ressaisir\u202f: {{fields}}.',
} as const;
