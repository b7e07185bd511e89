/** Following a long command (documents, archives): src-renderer/components/JobProgress.tsx. */
export const jobs = {
  documents: 'Documents: {{done}} of {{total}}',
  preparing: 'Preparing…',
  progress: 'Progress',
  cancel: 'Cancel',
  cancelling: 'Cancelling…',
  working: 'Working…',
} as const;
