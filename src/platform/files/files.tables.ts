import type { ColumnType, Generated } from 'kysely';

/** One uploaded file: its content lives in the FileStore under `sha256`, its metadata here. */
export interface FilesTable {
  id: Generated<number>;
  sha256: string;
  mediaType: string;
  size: number;
  /** The name it came with (last path segment, trimmed, at most 200 characters); never shown publicly. */
  originalName: string;
  createdAt: ColumnType<Date, Date, never>;
}

export interface FilesTables {
  files: FilesTable;
}
