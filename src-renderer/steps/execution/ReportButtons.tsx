/** The report's .docx buttons arrive with the report builder (documents.report). */
export function ReportButtons(_props: { year: number }) {
  return null;
}
