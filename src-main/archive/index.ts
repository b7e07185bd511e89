export { packArchive, unpackArchive, inspectArchive, sha256, type ArchiveContent, type ArchiveInfo, type ManifestHeader } from './archive';
export { LARGE_ARCHIVE_BYTES, LIMITS } from './limits';
export { FORMAT_VERSION, ARCHIVE_FORMAT, type Manifest } from './manifest';
export { readZip, writeZip } from './zip';
