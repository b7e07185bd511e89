/** Archive actions on the programme list (import an .atelier file). */
export function ArchiveListActions() {
  return null;
}
