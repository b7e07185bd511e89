export { DOCUMENT_KINDS, type DocumentKind } from '../../src-shared/api/documents';
