import type { CommandName } from '../../../src-shared/api/contract';
import type { EditResult } from '../../../src-shared/api/define';
import type { AuthoritySettings, ProgrammeSnapshot } from '../../../src-shared/model';
import { createProgrammeStore, type ProgrammeStore, type Transport } from '../../../src-renderer/state/store';
import { completeSettings } from '../readiness-fixture';

/**
 * A renderer store over a fake transport: it reads `snapshot` and `settings`, and answers every edit as a change of
 * the framing section with the fields sent (enough for the screens' tests, which never read the result back).
 */
export function fakeProgrammeStore(snapshot: ProgrammeSnapshot, settings: AuthoritySettings = completeSettings()): ProgrammeStore {
  const transport = (async (name: CommandName, input: { fields?: Record<string, unknown> }) => {
    if (name === 'programme.get') return { snapshot, canUndo: false, canRedo: false };
    if (name === 'settings.get') return settings;
    const result: EditResult = {
      programmeId: snapshot.id,
      revisionId: 'r',
      changes: [{ t: 'section', key: 'framing', before: snapshot.framing, after: { ...snapshot.framing, ...input.fields } }],
      updatedAt: '2026-12-01T10:00:00.000Z',
      canUndo: true,
      canRedo: false,
    };
    return result;
  }) as unknown as Transport;
  return createProgrammeStore(snapshot.id, { transport });
}
