import type { authoringCommands } from '../../../src-shared/api/authoring';
import { CommandError } from '../../../src-shared/api/errors';
import { addCustomClause, generateConvention, reorderClause, resetClause, updateClause } from '../../../src-shared/edits/convention';
import { findEntity } from '../../../src-shared/edits/entity';
import { addParty, setPeriod } from '../../../src-shared/edits/partnership';
import { addTreeNode, deriveObjectives, indentTreeNode, outdentTreeNode, sendToLogframe, shiftTreeNode } from '../../../src-shared/edits/trees';
import { clauseDefault, isStandardClauseKey } from '../../../src-shared/method/clause-defaults';
import type { EditContext } from '../../../src-shared/edits/context';
import type { Clause, ProgrammeSnapshot } from '../../../src-shared/model';
import type { AppContext } from '../../services/app';
import type { Handlers } from './types';

export function createAuthoringHandlers(app: AppContext): Handlers<keyof typeof authoringCommands> {
  const p = app.programmes;
  /** Runs an edit that also reports something (created id, counts) next to the EditResult. */
  function editWith<R>(
    programmeId: string,
    command: string,
    edit: (s: ProgrammeSnapshot, ctx: EditContext) => { snapshot: ProgrammeSnapshot; extra: R },
  ) {
    let extra: R | undefined;
    const result = p.edit(programmeId, command, (s, ctx) => {
      const out = edit(s, ctx);
      extra = out.extra;
      return out.snapshot;
    });
    return { result, extra: extra as R };
  }

  return {
    'framing.setPeriod': ({ programmeId, startDate, endDate }) =>
      p.edit(programmeId, 'framing.setPeriod', (s) => setPeriod(s, startDate, endDate)),
    'tree.addNode': ({ programmeId, tree, position, text }) => {
      const { result, extra } = editWith<string>(programmeId, `tree.addNode:${tree}`, (s, ctx) => {
        const added = addTreeNode(s, tree, position, text, ctx);
        return { snapshot: added.snapshot, extra: added.id };
      });
      return { ...result, createdId: extra };
    },
    'tree.indent': ({ programmeId, tree, id }) => p.edit(programmeId, `tree.indent:${tree}`, (s) => indentTreeNode(s, tree, id)),
    'tree.outdent': ({ programmeId, tree, id }) => p.edit(programmeId, `tree.outdent:${tree}`, (s) => outdentTreeNode(s, tree, id)),
    'tree.shift': ({ programmeId, tree, id, direction }) =>
      p.edit(programmeId, `tree.shift:${tree}`, (s) => shiftTreeNode(s, tree, id, direction)),
    'trees.deriveObjectives': ({ programmeId }) => {
      const { result, extra } = editWith(programmeId, 'trees.deriveObjectives', (s, ctx) => {
        const out = deriveObjectives(s, ctx);
        return { snapshot: out.snapshot, extra: out.report };
      });
      return { ...result, report: extra };
    },
    'trees.sendToLogframe': ({ programmeId, objectiveId }) => {
      const { result, extra } = editWith(programmeId, 'trees.sendToLogframe', (s, ctx) => {
        const out = sendToLogframe(s, objectiveId, ctx);
        return { snapshot: out.snapshot, extra: out.report };
      });
      return { ...result, report: extra };
    },
    'partnership.addParty': ({ programmeId, stakeholderId, role }) => {
      const { result, extra } = editWith<string>(programmeId, 'partnership.addParty', (s, ctx) => {
        const added = addParty(s, stakeholderId, role, ctx);
        return { snapshot: added.snapshot, extra: added.id };
      });
      return { ...result, createdId: extra };
    },
    'convention.generate': ({ programmeId }) => {
      const settings = app.settings.get();
      const { result, extra } = editWith(programmeId, 'convention.generate', (s, ctx) => {
        const out = generateConvention(s, settings, ctx);
        return { snapshot: out.snapshot, extra: out.report };
      });
      return { ...result, report: extra };
    },
    'convention.updateClause': ({ programmeId, id, title, text, partnerText, required }) =>
      p.edit(programmeId, 'convention.updateClause', (s) => updateClause(s, id, { title, text, partnerText, required }, app.settings.get())),
    'convention.resetClause': ({ programmeId, id }) => {
      const settings = app.settings.get();
      return p.edit(programmeId, 'convention.resetClause', (s) => resetClause(s, id, settings));
    },
    'convention.reorderClause': ({ programmeId, id, index }) =>
      p.edit(programmeId, 'convention.reorderClause', (s) => reorderClause(s, id, index)),
    'convention.addClause': ({ programmeId, title, afterId }) => {
      const { result, extra } = editWith<string>(programmeId, 'convention.addClause', (s, ctx) => {
        const added = addCustomClause(s, title, ctx, afterId);
        return { snapshot: added.snapshot, extra: added.id };
      });
      return { ...result, createdId: extra };
    },
    'convention.preview': ({ programmeId, id }) => {
      const s = p.get(programmeId);
      const clause = findEntity(s, 'clauses', id) as Clause;
      if (!isStandardClauseKey(clause.key)) throw new CommandError('invalid_input', 'A clause the officer added has no default text.', { id });
      return clauseDefault(clause.key, s, app.settings.get());
    },
  };
}
