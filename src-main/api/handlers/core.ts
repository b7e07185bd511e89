import { basename } from 'node:path';
import type { coreCommands } from '../../../src-shared/api/core';
import { addEntity, findEntity, moveEntity, removeEntity, updateEntityProducing, updateSectionProducing } from '../../../src-shared/edits/entity';
import { SCHEMA_VERSION, type Attachment } from '../../../src-shared/model';
import { buildDemoProgramme } from '../../../src-shared/demo';
import type { AppContext } from '../../services/app';
import type { Handlers } from './types';

export function createCoreHandlers(app: AppContext): Handlers<keyof typeof coreCommands> {
  const p = app.programmes;
  return {
    'app.info': (_input, meta) => ({
      version: app.appVersion,
      schemaVersion: SCHEMA_VERSION,
      dataDir: app.dataDir,
      transport: meta.transport === 'ipc' ? 'ipc' : 'http',
    }),
    'programme.list': ({ includeDeleted }) => p.list(includeDeleted),
    'programme.get': ({ programmeId }) => ({ snapshot: p.get(programmeId), ...p.undoState(programmeId), damaged: p.damaged(programmeId) }),
    'programme.create': ({ title }) => p.create(title),
    'programme.createDemo': ({ author }) => {
      const ctx = p.context();
      return p.insert(buildDemoProgramme(ctx.newId, ctx.now, author), 'local', 'programme.createDemo');
    },
    'programme.rename': ({ programmeId, title }) =>
      p.edit(programmeId, 'programme.rename', (s) => updateSectionProducing(s, 'framing', { title })),
    'programme.duplicate': ({ programmeId }) => p.duplicate(programmeId),
    'programme.delete': ({ programmeId }) => p.moveToBin(programmeId),
    'programme.restore': ({ programmeId }) => p.restoreFromBin(programmeId),
    'programme.purge': async ({ programmeId }) => {
      await p.purge(programmeId);
      return { purged: true as const };
    },
    'history.undo': ({ programmeId }) => p.undo(programmeId),
    'history.redo': ({ programmeId }) => p.redo(programmeId),
    'history.list': ({ programmeId, limit }) => p.history(programmeId, limit),
    'entity.add': ({ programmeId, collection, fields, index }) => {
      let createdId = '';
      const result = p.edit(programmeId, `entity.add:${collection}`, (s, ctx) => {
        const added = addEntity(s, collection, fields, ctx, index);
        createdId = added.id;
        if (collection === 'attachments') app.attachments.checkMetadata(findEntity(added.snapshot, 'attachments', added.id) as Attachment);
        return added.snapshot;
      });
      return { ...result, createdId };
    },
    'entity.update': ({ programmeId, collection, id, fields }) =>
      p.edit(programmeId, `entity.update:${collection}`, (s) => {
        const produced = updateEntityProducing(s, collection, id, fields);
        if (collection === 'attachments') app.attachments.checkMetadata(findEntity(produced.snapshot, 'attachments', id) as Attachment);
        return produced;
      }),
    'entity.remove': ({ programmeId, collection, id }) =>
      p.edit(programmeId, `entity.remove:${collection}`, (s) => removeEntity(s, collection, id)),
    'entity.move': ({ programmeId, collection, id, index, parentId }) =>
      p.edit(programmeId, `entity.move:${collection}`, (s) => moveEntity(s, collection, id, index, parentId)),
    'section.update': ({ programmeId, section, fields }) =>
      p.edit(programmeId, `section.update:${section}`, (s) => updateSectionProducing(s, section, fields)),
    'settings.get': () => app.settings.get(),
    'settings.update': ({ fields }) => app.settings.update(fields),
    'settings.repair': async () => {
      if (!app.settings.isDamaged()) return { settings: app.settings.get(), reset: [], backup: null };
      // The damaged row stays readable in this backup.
      const backup = await app.backups.create('before-repair');
      return { ...app.settings.repair(), backup: basename(backup.file) };
    },
  };
}
