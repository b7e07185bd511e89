import type { AmendmentView, declarationsCommands } from '../../../src-shared/api/declarations';
import { CommandError } from '../../../src-shared/api/errors';
import { transmissionSheet } from '../../../src-shared/method/actes';
import { amendmentDiff, articlesToReread } from '../../../src-shared/method/amendment';
import { authorProfile } from '../../../src-shared/method/lead-author';
import { apdRows, apdTotals } from '../../../src-shared/method/apd';
import { scdlCsv, scdlRow, validateScdlRow } from '../../../src-shared/method/scdl';
import { amendedArticles } from '../../documents/avenant';
import type { AppContext } from '../../services/app';
import type { JobRegistry } from '../../workers/jobs';
import { sharedPool } from '../../workers/pool';
import type { Handlers } from './types';

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const safeName = (text: string) =>
  (text.trim().slice(0, 40) || 'programme')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .trim();

export function createDeclarationsHandlers(app: AppContext, jobs: JobRegistry): Handlers<keyof typeof declarationsCommands> {
  const p = app.programmes;

  /** The voted version of reference (the latest when none is given) and the amendment's rank. */
  const reference = (programmeId: string, versionId: string | undefined) => {
    const versions = app.versions.list(programmeId);
    const version = versionId ? versions.find((v) => v.id === versionId) : versions[0];
    if (!version) {
      if (versionId) throw new CommandError('not_found', 'This version does not exist.', { versionId });
      throw new CommandError('conflict', 'An amendment starts from a voted version: freeze the voted version first.', { reason: 'no_voted_version' });
    }
    const earlierAmendments = versions.filter((v) => v.amendsVersionId !== null && v.number <= version.number).length;
    return { version, number: earlierAmendments + 1, voted: app.versions.snapshot(programmeId, version.id) };
  };

  return {
    'amendment.differences': ({ programmeId, versionId }): AmendmentView => {
      const { version, number, voted } = reference(programmeId, versionId);
      const current = p.get(programmeId);
      const diff = amendmentDiff(voted, current);
      const source = { voted, votedDeliberation: { number: version.deliberationNumber, date: version.deliberationDate }, number, diff };
      return {
        version,
        number,
        diff,
        articles: amendedArticles(source, current).map((a) => ({ n: a.n, key: a.key, title: a.before.title.trim() })),
        reread: articlesToReread(voted, current, diff),
      };
    },
    'amendment.generate': ({ programmeId, versionId, draft, locale, jobId }) =>
      jobs.run(jobId, async ({ signal, progress }) => {
        const { version, number, voted } = reference(programmeId, versionId);
        const current = p.get(programmeId);
        progress(0, 1);
        const built = await sharedPool().run(
          'declarations.avenant',
          {
            voted,
            current,
            settings: app.settings.get(),
            options: { locale, draft, number, votedDeliberation: { number: version.deliberationNumber, date: version.deliberationDate } },
          },
          { signal },
        );
        progress(1, 1);
        return { files: built.files.map((f) => ({ kind: f.kind, fileName: f.fileName, base64: b64(f.bytes), size: f.bytes.length })), markers: built.markers };
      }),
    'declarations.transmission': ({ programmeId }) => {
      const s = p.get(programmeId);
      const settings = app.settings.get();
      const row = scdlRow(s, settings);
      return { acts: transmissionSheet(s, settings), scdl: { row, problems: validateScdlRow(row) } };
    },
    'declarations.scdl': ({ programmeId }) => {
      const s = p.get(programmeId);
      const settings = app.settings.get();
      // An association's acts are neither transmitted to the prefecture nor published as SCDL open data.
      if (!authorProfile(settings.authorityType).publicLaw)
        throw new CommandError('invalid_input', 'An association publishes no SCDL row: only local authorities’ deliberations are.', {
          issues: [{ path: 'settings.authorityType', message: 'The lead author is an association.', code: 'scdl_not_applicable' }],
        });
      const row = scdlRow(s, settings);
      const problems = validateScdlRow(row);
      if (problems.length)
        throw new CommandError('invalid_input', 'The SCDL row does not follow the schema yet.', {
          issues: problems.map((x) => ({ path: x.field, message: x.problem, code: x.problem })),
        });
      return { fileName: `${safeName(s.framing.acronym || s.framing.title)} - deliberations SCDL.csv`, csv: scdlCsv([row]) };
    },
    'declarations.apd': ({ year, locale, jobId }) =>
      jobs.run(jobId, async ({ signal, progress }) => {
        const programmes = p.list().map((x) => p.get(x.id));
        // Executed where the year's entries exist, else planned: one rule, in method/apd.ts.
        const rows = apdRows(programmes, year);
        progress(0, 1);
        const bytes = await sharedPool().run('declarations.apd', { rows, year, authority: app.settings.get().name.trim(), locale }, { signal });
        progress(1, 1);
        return { fileName: `e-APD ${year}.xlsx`, base64: b64(bytes), totals: apdTotals(rows) };
      }),
  };
}
