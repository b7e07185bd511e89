/** Archive actions in a programme's header (export to an .atelier file). */
export function ArchiveProgrammeActions({ programmeId }: { programmeId: string }) {
  void programmeId;
  return null;
}
