import type { CatalogueShape } from '../shape';
import type { timeline as fr } from '../fr/timeline';

export const timeline = {
  title: 'Timeline',
  intro: 'The logframe’s activities over time. Move a bar with the mouse or the keyboard, or type its dates in the table; indicator target dates appear as milestones.',
  scale: 'Scale',
  month: 'By month',
  quarter: 'By quarter',
  noActivity: 'No activity in the logframe yet.',
  toLogframe: 'Go to the logframe',
  chart: 'Gantt chart of the activities',
  keyboard: 'Left and right arrows: move the activity by a month (or a quarter); Shift + arrows: lengthen or shorten; the mouse does the same by dragging the bar or its right edge.',
  bar: '{{code}} {{text}}, from {{start}} to {{end}}',
  noDates: '{{code}}: no dates',
  milestones: 'Milestones',
  milestone: '{{code}} — {{kind}} target {{value}} on {{date}}',
  period: 'Programme period',
  quarterLabel: 'Q{{n}}',
  table: {
    caption: 'Activity dates',
    code: 'Code',
    activity: 'Activity',
    start: 'Start',
    end: 'End',
    startOf: 'Start of {{code}}',
    endOf: 'End of {{code}}',
    outside: 'Outside the programme period',
    order: 'The end precedes the start',
  },
} satisfies CatalogueShape<typeof fr>;
