/**
 * Keeping uploaded files: the type is sniffed from the content, checked against what the caller
 * allows and against the name's extension (a disguised file is refused), the size is limited; the
 * bytes go to the FileStore by content hash and the metadata into `files`.
 */
import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../errors/index.ts';
import {
  cleanFileName,
  extensionOf,
  fileKinds,
  kindOfExtension,
  sniffKind,
  type FileKind,
} from './file-kinds.ts';
import { localFileStore, sha256Of, type FileStore } from './file-store.ts';
import type { FilesTables } from './files.tables.ts';

export type StoredFile = Selectable<FilesTables['files']>;

export interface FileRules {
  /** The kinds accepted, by content. */
  allowed: readonly FileKind[];
  /** The largest size accepted, in bytes. */
  maxBytes: number;
}

export interface StoreOptions extends FileRules {
  /** The name the file came with: an extension it has must agree with the content. */
  name?: string;
  /** When it was received; now if not given. */
  at?: Date;
}

/** Why a file was refused: the AppError's code (and `details.reason`). */
export type FileProblem =
  | 'file_empty'
  | 'file_too_large'
  | 'file_type_not_allowed'
  | 'file_disguised'
  | 'file_name_mismatch';

/** A file refused: validation on the field `file`, the reason in Chinese and English. */
function refused(
  reason: FileProblem,
  zh: string,
  en: string,
  vars: Record<string, string | number>,
): AppError {
  const message = `文件：${zh} / File: ${en}`;
  return new AppError('validation', reason, message, {
    fields: [{ field: 'file', message, vars }],
    reason,
    vars,
  });
}

function megabytes(bytes: number): string {
  return String(Number((bytes / (1024 * 1024)).toFixed(1)));
}

/**
 * The kind of an acceptable file, or a validation error naming why not: empty, over `maxBytes`,
 * content of no allowed kind, or a name whose extension says something other than the content
 * (`.pdf` that is text, `.png` that is a JPEG). A name without an extension is judged by content.
 */
export function checkFile(bytes: Uint8Array, options: FileRules & { name?: string }): FileKind {
  const allowedZh = options.allowed.map((k) => fileKinds[k].label).join('、');
  const allowedEn = options.allowed.map((k) => fileKinds[k].label).join(', ');
  const maxMb = megabytes(options.maxBytes);
  if (bytes.length === 0) {
    throw refused('file_empty', '所选文件是空的', 'the file chosen is empty', {});
  }
  if (bytes.length > options.maxBytes) {
    throw refused('file_too_large', `超过 ${maxMb} MB`, `larger than ${maxMb} MB`, { maxMb });
  }
  const extension = extensionOf(cleanFileName(options.name));
  const claimed = extension === '' ? undefined : kindOfExtension(extension);
  const actual = sniffKind(bytes);
  const vars = { allowed: allowedEn, maxMb, extension: extension ? `.${extension}` : '' };
  if (!actual || !options.allowed.includes(actual)) {
    if (claimed && options.allowed.includes(claimed)) {
      const label = fileKinds[claimed].label;
      throw refused(
        'file_disguised',
        `文件名是 .${extension}，内容却不是 ${label}`,
        `named .${extension}, but its content is not ${label}`,
        { ...vars, claimed: label },
      );
    }
    throw refused(
      'file_type_not_allowed',
      `只接受 ${allowedZh} 文件，所选文件的内容不是其中任何一种`,
      `only ${allowedEn} files are accepted, and this file's content is none of them`,
      vars,
    );
  }
  if (extension !== '' && claimed !== actual) {
    const label = fileKinds[actual].label;
    throw refused(
      'file_name_mismatch',
      `文件名是 .${extension}，内容却是 ${label}`,
      `named .${extension}, but its content is ${label}`,
      { ...vars, actual: label },
    );
  }
  return actual;
}

function storeOf(store: FileStore | string): FileStore {
  return typeof store === 'string' ? localFileStore(store) : store;
}

/**
 * Checks the file (checkFile), keeps its bytes by content hash (the same content twice: one copy)
 * and records it in `files`, in the caller's transaction if given one. `store` is a FileStore, or
 * the data directory for the local one. The bytes are written before the row: a transaction that
 * rolls back leaves an unreferenced copy, never a row without its bytes.
 */
export async function storeFile<DB>(
  db: Kysely<DB>,
  store: FileStore | string,
  bytes: Uint8Array,
  options: StoreOptions,
): Promise<StoredFile> {
  const kind = checkFile(bytes, options);
  const sha256 = sha256Of(bytes);
  await storeOf(store).put(sha256, bytes);
  const handle = db as unknown as Kysely<FilesTables>;
  return handle
    .insertInto('files')
    .values({
      sha256,
      mediaType: fileKinds[kind].mediaType,
      size: bytes.length,
      originalName: cleanFileName(options.name),
      createdAt: options.at ?? new Date(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A stored file's row and bytes; not_found if there is no such row. */
export async function readStoredFile<DB>(
  db: Kysely<DB>,
  store: FileStore | string,
  id: number,
): Promise<{ row: StoredFile; bytes: Buffer }> {
  const handle = db as unknown as Kysely<FilesTables>;
  const row = await handle.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'file_not_found', `没有文件 ${id} / no file ${id}`);
  const bytes = await storeOf(store).get(row.sha256);
  // A copy changed on disk is a fault to report, never content to hand out.
  if (sha256Of(bytes) !== row.sha256) throw new Error(`stored file ${id} does not match its hash`);
  return { row, bytes };
}
