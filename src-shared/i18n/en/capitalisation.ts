import type { CatalogueShape } from '../shape';
import type { capitalisation as fr } from '../fr/capitalisation';

export const capitalisation = {
  title: 'Capitalisation sheet',
  intro:
    'The sheet tells the story of the approach so others can use it. The app takes what the programme already knows; write the rest.',
  known: 'What the programme already knows',
  knownNote: 'Taken into the sheet automatically; change it in the steps concerned.',
  facts: {
    partners: 'Authorities and partners',
    territories: 'Territories',
    period: 'Period',
    sdg: 'SDG targets',
    objectives: 'Objectives and expected results',
    stakeholders: 'Stakeholders',
    measured: 'Measured results (latest monitoring values)',
    none: 'Not provided yet.',
  },
  written: 'The story of the approach',
  suggestion: 'Suggestion taken from the programme:',
  useSuggestion: 'Use this suggestion',
  usedInSheet: 'While the field is empty, the sheet prints this suggestion.',
  fields: {
    title: 'Title of the sheet',
    context: 'Context',
    problem: 'Problem addressed',
    approach: 'The approach, step by step',
    results: 'Results',
    difficulties: 'Difficulties',
    successFactors: 'Success factors',
    lessons: 'Lessons learned',
    transferability: 'Transferability',
    reciprocity: 'Reciprocity and effects in France',
    resources: 'Resources',
    contacts: 'Contacts',
  },
  help: {
    title: 'A title that says the idea in one line, to make people want to read.',
    context: 'Both territories, the partnership and what triggered the project, in a few lines.',
    problem: 'The core problem of the shared diagnosis, and whom it affects.',
    approach: 'The main steps, in order: who did what, with whom, with which tools.',
    results: 'What changed, in figures where possible (indicator values).',
    difficulties: 'What slowed things down, and how you overcame it or not.',
    successFactors: 'The conditions of success: people, methods, means, timing.',
    lessons: 'What you would do again, what you would do differently.',
    transferability: 'Under which conditions another territory could take up the approach.',
    reciprocity: 'What the Département’s territory learned or gained (return effect).',
    resources: 'Budget, working time, expertise, tools produced (guides, frameworks…).',
    contacts: 'The people to contact on each side, with their office.',
  },
  examples: {
    approach:
      '1. Shared diagnosis with young people (4 workshops); 2. Opening of the drop-in point; 3. Training of advisers in pairs…',
    lessons: 'Involving young people from the diagnosis onwards changed the actions chosen.',
  },
} satisfies CatalogueShape<typeof fr>;
