/** The documents screen's check of the Département's Word template (what it lacks, the filled deliberation). */
export const templateCheck = {
  title: 'What the template holds',
  reading: 'Reading the template…',
  complete: 'The template holds everything the report and the deliberation put in it.',
  missingDeliberation: 'For the deliberation, the template lacks: {{list}}. These will not appear in it.',
  missingRapport: 'For the report, the template lacks: {{list}}. These will not appear in it.',
  unknown: 'Unknown placeholders, left as they are in the document: {{list}}.',
  preview: 'Fill the template and preview the deliberation',
  filling: 'Filling the template…',
};
