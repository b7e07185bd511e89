/** Damaged settings or rows, and the way out: src-renderer/components/RecoveryBanners.tsx. */
export const recovery = {
  settingsDamaged:
    'The saved settings of the Département are damaged: the programme opens without them (authority, president, author and numbers empty) and they cannot be changed until repaired. Repairing keeps the readable fields, empties the others and makes a backup first.',
  repair: 'Repair the settings',
  repairing: 'Repairing…',
  repaired_one: 'Settings repaired: {{count}} unreadable field was emptied, to fill in again in the settings. Backup made before the repair: {{backup}}.',
  repaired_other: 'Settings repaired: {{count}} unreadable fields were emptied, to fill in again in the settings. Backup made before the repair: {{backup}}.',
  repairedNone: 'Settings repaired: every field was readable.',
  damaged: 'Part of the programme cannot be read and was left out: {{parts}}. The rest of the programme is intact.',
  damagedItem: '{{part}} (“{{excerpt}}…”)',
  wayOut: 'To get them back, restore a backup or enter them again.',
  backups: 'Open the backups',
  settingsDamagedHere:
    'The saved settings of the Département are damaged: they can be neither shown nor changed until repaired. Repairing first backs up all the data, keeps the readable fields and empties the others, to fill in again here. You can also restore an earlier backup.',
  damagedFields: 'Damaged fields: {{fields}}.',
  damagedAll: 'No field can be read: all of them will be emptied.',
  resetFields: 'Fields emptied, to fill in again: {{fields}}.',
} as const;
