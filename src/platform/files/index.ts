/**
 * Uploaded files: content-addressed bytes in a FileStore (local: `DATA_DIR/files`), metadata in
 * `files`, the type sniffed from the content and the size limited by the caller.
 */
export { storeFile, readStoredFile, checkFile } from './files.service.ts';
export type { StoredFile, StoreOptions, FileRules, FileProblem } from './files.service.ts';
export { localFileStore, sha256Of } from './file-store.ts';
export type { FileStore } from './file-store.ts';
export { fileKinds, sniffKind, cleanFileName } from './file-kinds.ts';
export type { FileKind } from './file-kinds.ts';
export type { FilesTable, FilesTables } from './files.tables.ts';
