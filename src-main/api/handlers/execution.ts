import type { executionCommands } from '../../../src-shared/api/execution';
import { importEntries, openReport, setPhase } from '../../../src-shared/edits/execution';
import { portfolioSummary } from '../../../src-shared/method/portfolio';
import type { AppContext } from '../../services/app';
import type { Handlers } from './types';

export function createExecutionHandlers(app: AppContext): Handlers<keyof typeof executionCommands> {
  const p = app.programmes;
  return {
    'execution.setPhase': ({ programmeId, phase, final }) => {
      // The « as voted » version lives in this database (frozen_versions), not in the snapshot: asked before the edit.
      const hasVotedVersion = app.versions.list(programmeId).length > 0;
      return p.edit(programmeId, 'execution.setPhase', (s, ctx) => setPhase(s, phase, { hasVotedVersion, final }, ctx));
    },
    'execution.import': ({ programmeId, expenditures, receipts }) => {
      let added = 0;
      const result = p.edit(programmeId, 'execution.import', (s, ctx) => {
        const done = importEntries(s, { expenditures, receipts }, ctx);
        added = done.added;
        return done.snapshot;
      });
      return { ...result, added };
    },
    'execution.openReport': ({ programmeId, year }) => {
      let createdId = '';
      const result = p.edit(programmeId, 'execution.openReport', (s, ctx) => {
        const opened = openReport(s, year, ctx);
        createdId = opened.id;
        return opened.snapshot;
      });
      return { ...result, createdId };
    },
    'portfolio.summary': () => {
      const snapshots = p.list().map((summary) => p.get(summary.id));
      return portfolioSummary(snapshots, app.clock().toISOString().slice(0, 10));
    },
  };
}
