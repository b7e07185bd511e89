import type { CatalogueShape } from '../shape';
import type { session as fr } from '../fr/session';

export const session = {
  title: 'Going before the assembly',
  intro:
    'What the assemblies’ secretariat sets for the session where this programme is presented: assembly, date, numbers, rapporteur, budget imputation, AP and CP. They belong to this programme; the report and the deliberation print them.',
  saved: 'Session particulars saved.',
  sections: {
    session: 'Session and numbers',
    budget: 'Budget imputation',
    credits: 'Payment credits by year',
  },
  fields: {
    assembly: 'Deliberating assembly',
    sessionDate: 'Session date',
    reportNumber: 'Report number',
    deliberationNumber: 'Deliberation number',
    rapporteur: 'Rapporteur',
    committeeOpinion: 'Committee opinion',
    budgetChapter: 'Chapter',
    budgetArticle: 'Article (nature)',
    budgetProgramme: 'Budget programme',
    authorisationProgramme: 'Programme or commitment authorisation (AP/AE)',
    paymentCredits: 'Payment credits (CP)',
  },
  help: {
    assembly:
      'The standing committee decides under delegation from the Departmental Council (CGCT art. L3211-2), except on budget matters.',
    sessionDate: 'Councillors must receive the report at least twelve days before the session (CGCT art. L3121-19).',
    reportNumber: 'Number given by the assemblies’ secretariat.',
    deliberationNumber: 'Number given by the assemblies’ secretariat.',
    rapporteur: 'The elected member who presents the report, with their office.',
    committeeOpinion: 'E.g. “avis favorable de la commission Solidarités du 3 mars 2027”.',
    budgetChapter: 'E.g. 65 (other current charges) or 204 (capital grants).',
    budgetArticle: 'E.g. 6574 or 65734.',
    budgetProgramme: 'The programme or operation of your internal nomenclature.',
    authorisationProgramme: 'For a multi-year commitment: number and amount of the AP or AE.',
    paymentCredits:
      'For a multi-year commitment, the payment credits of each year. They cover the cash contribution only: in-kind valuation is not a credit.',
  },
  assembly: {
    deliberating_body: 'Departmental Council',
    delegate: 'Standing Committee',
  },
  credits: {
    caption: 'Payment credits by year, compared with the cash contribution planned in the programme’s budget',
    year: 'Year',
    amount: 'Payment credits (€)',
    planned: 'Cash planned in the budget',
    actions: 'Actions',
    add: 'Add a year',
    remove: 'Remove year {{year}}',
    yearOf: 'Year of row {{n}}',
    amountOf: 'Payment credits of {{year}}',
    none: 'No payment credits entered.',
    total: 'Total',
    match: 'The CP total equals the Département’s cash contribution ({{cash}}).',
    differs: 'The CP total ({{total}}) differs from the Département’s cash contribution ({{cash}}): a gap of {{gap}}.',
    noCash: 'The programme’s budget has no cash contribution from the Département yet.',
    yearTaken: 'Year {{year}} is already in the table.',
    badYear: 'Enter a year between 2000 and 2100.',
  },
  cli: {
    saved: 'Session particulars saved for “{{title}}”.',
    unchanged: 'Nothing changed: the file’s values are already the programme’s.',
    credits: 'Payment credits',
    creditsTotal: 'total {{total}}',
    empty: '—',
    rules: { paymentCredits: 'each year appears once.' },
  },
} satisfies CatalogueShape<typeof fr>;
