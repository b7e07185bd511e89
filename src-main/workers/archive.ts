import type { ArchiveContent, ArchiveInfo } from '../archive';
import type { TaskInput } from './tasks';
import { sharedPool, type RunOptions } from './pool';

/** Archive packing and unpacking (zip, sha256, scrypt and AES-GCM), run in the worker pool. */
export const archiveInWorkers = {
  pack: (input: TaskInput<'archive.pack'>, options?: RunOptions): Promise<Uint8Array> => sharedPool().run('archive.pack', input, options),
  unpack: (bytes: Uint8Array, password?: string, options?: RunOptions): Promise<ArchiveContent> =>
    sharedPool().run('archive.unpack', { bytes, password }, options),
  inspect: (bytes: Uint8Array, password?: string, options?: RunOptions): Promise<ArchiveInfo> =>
    sharedPool().run('archive.inspect', { bytes, password }, options),
};
