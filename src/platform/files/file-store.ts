/**
 * Where the bytes of uploaded files are kept, by the sha256 of their content. The local store
 * writes under `DATA_DIR/files`; an S3-compatible store can implement the same interface later.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface FileStore {
  /** Keeps the bytes under their sha256 (hex); the same content stored twice is kept once. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  /** The bytes kept under the sha256; throws if there are none. */
  get(sha256: string): Promise<Buffer>;
}

const sha256Pattern = /^[0-9a-f]{64}$/;

export function sha256Of(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

function checkedHash(sha256: string): string {
  // The hash becomes a path: nothing but 64 hex digits gets that far.
  if (!sha256Pattern.test(sha256)) throw new Error('not a sha256 hex digest');
  return sha256;
}

/** Files under `<dataDir>/files/<first 2 hex digits>/<sha256>`, readable by the server alone. */
export function localFileStore(dataDir: string): FileStore {
  const root = path.join(dataDir, 'files');
  const pathOf = (sha256: string) => {
    const hash = checkedHash(sha256);
    return path.join(root, hash.slice(0, 2), hash);
  };
  return {
    async put(sha256, bytes) {
      const file = pathOf(sha256);
      const existing = await fs.stat(file).catch(() => undefined);
      if (existing?.isFile() && existing.size === bytes.length) return;
      await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      // Written aside and renamed: a reader never sees half a file, and two writers of the same
      // content leave one whole copy.
      const temporary = `${file}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
      try {
        await fs.writeFile(temporary, bytes, { flag: 'wx', mode: 0o600 });
        await fs.rename(temporary, file);
      } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
      }
    },
    async get(sha256) {
      return fs.readFile(pathOf(sha256));
    },
  };
}
