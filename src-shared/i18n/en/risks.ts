import type { CatalogueShape } from '../shape';
import type { risks as fr } from '../fr/risks';

export const risks = {
  title: 'Risks',
  intro: 'What could keep the programme from its objectives, how likely it is, its impact, what is planned to mitigate it and who handles it. A risk can feed the assumptions of a logframe row.',
  add: 'Add a risk',
  none: 'No risk identified.',
  item: 'Risk {{n}}',
  remove: 'Delete risk {{n}}',
  removeConfirm: 'Delete risk {{n}}? You can undo.',
  fields: {
    text: 'Risk',
    likelihood: 'Likelihood',
    impact: 'Impact',
    mitigation: 'Mitigation',
    owner: 'Owner',
    logframe: 'Related logframe assumption',
  },
  levels: { low: 'Low', medium: 'Medium', high: 'High' },
  impactLevels: { low: 'Low', medium: 'Medium', high: 'High' },
  noLink: 'None',
  score: 'Severity',
  scores: { low: 'Low severity', medium: 'Medium severity', high: 'High severity' },
  assumptions: 'Current assumptions of {{code}}: {{text}}',
  assumptionsEmpty: '{{code}} has no assumption yet.',
  copyToAssumptions: 'Add this risk to the assumptions of {{code}}',
  copied: 'Risk added to the assumptions of {{code}}.',
  help: {
    text: { title: 'Risk', text: 'A possible outside event and its consequences for the programme.', example: 'A new municipal team after the 2027 local elections.' },
    mitigation: { title: 'Mitigation', text: 'What is planned to reduce the likelihood or the impact.', example: 'Convention adopted by deliberation; steering committee open to the municipal opposition.' },
  },
} satisfies CatalogueShape<typeof fr>;
