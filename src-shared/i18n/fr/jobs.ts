/** Following a long command (documents, archives): src-renderer/components/JobProgress.tsx. */
export const jobs = {
  documents: 'Documents\u202f: {{done}} sur {{total}}',
  preparing: 'Préparation…',
  progress: 'Avancement',
  cancel: 'Annuler',
  cancelling: 'Annulation en cours…',
  working: 'Traitement en cours…',
} as const;
