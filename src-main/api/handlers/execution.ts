import type { executionCommands } from '../../../src-shared/api/execution';
import { importEntries, openReport, setPhase } from '../../../src-shared/edits/execution';
import { portfolioSummary } from '../../../src-shared/method/portfolio';
import { CommandError } from '../../../src-shared/api/errors';
import type { AppContext } from '../../services/app';
import type { JobRegistry } from '../../workers/jobs';
import { sharedPool } from '../../workers/pool';
import type { Handlers } from './types';

export function createExecutionHandlers(app: AppContext, jobs: JobRegistry): Handlers<keyof typeof executionCommands> {
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
    'documents.report': ({ programmeId, year, final, draft, locale, jobId }) => jobs.run(jobId, async ({ signal, progress }) => {
      const snapshot = p.get(programmeId);
      progress(0, 1);
      const built = await sharedPool().run('documents.report', { snapshot, settings: app.settings.get(), locale, draft, year, final }, { signal });
      if (built.blockers.length) {
        throw new CommandError('document_incomplete', `The final report cannot be produced: ${built.blockers.length} value(s) to complete.`, { items: built.blockers });
      }
      progress(1, 1);
      return { fileName: built.fileName, base64: Buffer.from(built.bytes).toString('base64'), markers: built.markers };
    }),
    'portfolio.summary': () => {
      const snapshots = p.list().map((summary) => p.get(summary.id));
      return portfolioSummary(snapshots, app.clock().toISOString().slice(0, 10));
    },
  };
}
