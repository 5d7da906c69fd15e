import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { isAppError, type AppError } from '../errors/index.ts';
import {
  checkFile,
  cleanFileName,
  localFileStore,
  readStoredFile,
  sha256Of,
  sniffKind,
  storeFile,
  type FileRules,
} from './index.ts';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name));
const pdf = fixture('scan.pdf');
const jpeg = fixture('scan.jpg');
const png = fixture('scan.png');
const scans: FileRules = { allowed: ['pdf', 'jpeg', 'png'], maxBytes: 5 * 1024 * 1024 };

/** The validation error a refused file throws. */
function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  assert.fail('the file was accepted');
}

/** Every file the store holds, relative to its root. */
function storedFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'files');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(root, f)).isFile())
    .sort();
}

describe('file types from content', () => {
  it('knows PDF, JPEG and PNG by their first bytes, and nothing else', () => {
    assert.equal(sniffKind(pdf), 'pdf');
    assert.equal(sniffKind(jpeg), 'jpeg');
    assert.equal(sniffKind(png), 'png');
    assert.equal(sniffKind(Buffer.from('%PDF')), undefined);
    assert.equal(sniffKind(Buffer.from('hello, this is text')), undefined);
    assert.equal(sniffKind(Buffer.from('<html><body>%PDF-1.4</body></html>')), undefined);
    assert.equal(sniffKind(Buffer.from([0xff, 0xd8])), undefined);
    assert.equal(sniffKind(Buffer.alloc(0)), undefined);
  });

  it('accepts a file by its content, whatever the case of its extension, or with none', () => {
    assert.equal(checkFile(pdf, { ...scans, name: 'scan.PDF' }), 'pdf');
    assert.equal(checkFile(jpeg, { ...scans, name: '身份证.jpeg' }), 'jpeg');
    assert.equal(checkFile(jpeg, { ...scans, name: 'IMG_0001.JPG' }), 'jpeg');
    assert.equal(checkFile(png, { ...scans, name: 'licence.png' }), 'png');
    assert.equal(checkFile(png, { ...scans, name: 'scan' }), 'png');
    assert.equal(checkFile(pdf, scans), 'pdf');
  });

  it('refuses text disguised as a .pdf, naming the reason in Chinese and English', () => {
    const error = refusal(() =>
      checkFile(Buffer.from('Not a PDF at all\n'), { ...scans, name: 'id-card.pdf' }),
    );
    assert.equal(error.kind, 'validation');
    assert.equal(error.code, 'file_disguised');
    assert.equal(
      error.message,
      '文件：文件名是 .pdf，内容却不是 PDF / File: named .pdf, but its content is not PDF',
    );
    assert.deepEqual(
      error.details.fields?.map((f) => f.field),
      ['file'],
    );
    assert.equal(error.details.fields?.[0]?.message, error.message);
  });

  it('refuses a .png that is really a JPEG, and a PDF named .txt', () => {
    const mismatch = refusal(() => checkFile(jpeg, { ...scans, name: 'licence.png' }));
    assert.equal(mismatch.code, 'file_name_mismatch');
    assert.match(mismatch.message, /文件名是 \.png，内容却是 JPEG/);
    assert.match(mismatch.message, /named \.png, but its content is JPEG/);
    assert.deepEqual(mismatch.details.vars, {
      allowed: 'PDF, JPEG, PNG',
      maxMb: '5',
      extension: '.png',
      actual: 'JPEG',
    });
    assert.equal(
      refusal(() => checkFile(pdf, { ...scans, name: 'a.txt' })).code,
      'file_name_mismatch',
    );
  });

  it('refuses other content, an empty file, and a kind the caller does not allow', () => {
    const text = refusal(() => checkFile(Buffer.from('hello'), { ...scans, name: 'notes.txt' }));
    assert.equal(text.code, 'file_type_not_allowed');
    assert.match(text.message, /只接受 PDF、JPEG、PNG 文件/);
    assert.match(text.message, /only PDF, JPEG, PNG files are accepted/);
    assert.equal(refusal(() => checkFile(Buffer.alloc(0), scans)).code, 'file_empty');
    const pdfOnly = { allowed: ['pdf'] as const, maxBytes: 1000 };
    assert.equal(
      refusal(() => checkFile(png, { ...pdfOnly, name: 'x.png' })).code,
      'file_type_not_allowed',
    );
  });

  it('refuses a file over the limit, and takes one exactly at it', () => {
    const limit = { ...scans, maxBytes: pdf.length };
    assert.equal(checkFile(pdf, limit), 'pdf');
    const over = Buffer.concat([pdf, Buffer.from('\n')]);
    const error = refusal(() => checkFile(over, { ...scans, maxBytes: pdf.length }));
    assert.equal(error.code, 'file_too_large');
    const big = refusal(() =>
      checkFile(Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024)]), { ...scans, name: 'a.pdf' }),
    );
    assert.equal(big.message, '文件：超过 5 MB / File: larger than 5 MB');
  });

  it('keeps the last part of a name, without control characters, at most 200 characters', () => {
    assert.equal(cleanFileName('C:\\fakepath\\身份证 正面.jpg'), '身份证 正面.jpg');
    assert.equal(cleanFileName('../../etc/passwd'), 'passwd');
    assert.equal(cleanFileName('  a\u0000b\n.pdf  '), 'ab.pdf');
    assert.equal(cleanFileName(`${'证'.repeat(300)}.pdf`).length, 200);
    assert.equal(cleanFileName(undefined), '');
  });
});

describe('the file store', () => {
  let database: TestDatabase;
  let dataDir: string;
  before(async () => {
    database = await createTestDatabase();
    const parent = process.env.SUNSHINE_TEST_TMP ?? os.tmpdir();
    fs.mkdirSync(parent, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(parent, 'files-'));
  });
  after(async () => {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes the bytes by content hash, records the file, and reads it back', async () => {
    const at = new Date('2026-09-30T01:30:00Z');
    const row = await storeFile(database.db, dataDir, pdf, {
      ...scans,
      name: '  C:\\fakepath\\营业执照.pdf ',
      at,
    });
    const hash = sha256Of(pdf);
    assert.equal(row.sha256, hash);
    assert.equal(row.mediaType, 'application/pdf');
    assert.equal(row.size, pdf.length);
    assert.equal(row.originalName, '营业执照.pdf');
    assert.equal(row.createdAt.toISOString(), at.toISOString());
    assert.equal(typeof row.id, 'number');
    const file = path.join(dataDir, 'files', hash.slice(0, 2), hash);
    assert.deepEqual(fs.readFileSync(file), pdf);
    // Personal data: readable by the server's user alone.
    if (process.platform !== 'win32') assert.equal(fs.statSync(file).mode & 0o077, 0);

    const read = await readStoredFile(database.db, dataDir, row.id);
    assert.deepEqual(read.row, row);
    assert.deepEqual(read.bytes, pdf);
  });

  it('keeps the same content once, one row per upload', async () => {
    const first = await storeFile(database.db, dataDir, png, { ...scans, name: 'a.png' });
    const second = await storeFile(database.db, dataDir, png, { ...scans, name: 'b.png' });
    assert.notEqual(first.id, second.id);
    assert.equal(first.sha256, second.sha256);
    assert.equal(second.originalName, 'b.png');
    const copies = storedFiles(dataDir).filter((f) => f.endsWith(sha256Of(png)));
    assert.equal(copies.length, 1);
    assert.ok(!storedFiles(dataDir).some((f) => f.endsWith('.tmp')));
  });

  it('writes nothing for a refused file', async () => {
    const before = storedFiles(dataDir);
    const count = async () =>
      (
        await database.db
          .selectFrom('files' as never)
          .selectAll()
          .execute()
      ).length;
    const rows = await count();
    await assert.rejects(
      storeFile(database.db, dataDir, Buffer.from('plain text'), { ...scans, name: 'x.pdf' }),
      (error) => isAppError(error) && error.code === 'file_disguised',
    );
    await assert.rejects(
      storeFile(database.db, dataDir, jpeg, { ...scans, name: 'x.png' }),
      (error) => isAppError(error) && error.code === 'file_name_mismatch',
    );
    await assert.rejects(
      storeFile(database.db, dataDir, jpeg, { ...scans, maxBytes: 100 }),
      (error) => isAppError(error) && error.code === 'file_too_large',
    );
    assert.deepEqual(storedFiles(dataDir), before);
    assert.equal(await count(), rows);
  });

  it('answers not_found for an unknown id, and refuses a copy altered on disk', async () => {
    await assert.rejects(
      readStoredFile(database.db, dataDir, 999_999),
      (error) => isAppError(error) && error.kind === 'not_found',
    );
    const row = await storeFile(database.db, dataDir, jpeg, { ...scans, name: 'x.jpg' });
    const file = path.join(dataDir, 'files', row.sha256.slice(0, 2), row.sha256);
    fs.chmodSync(file, 0o600);
    fs.writeFileSync(file, Buffer.concat([jpeg, Buffer.from('tampered')]));
    await assert.rejects(readStoredFile(database.db, dataDir, row.id), /does not match its hash/);
  });

  it('takes any FileStore, and refuses a hash that is not one', async () => {
    const kept = new Map<string, Buffer>();
    const memory = {
      put: async (sha256: string, bytes: Uint8Array) => void kept.set(sha256, Buffer.from(bytes)),
      get: async (sha256: string) => kept.get(sha256) ?? assert.fail('missing'),
    };
    const row = await storeFile(database.db, memory, png, { ...scans, name: 'x.png' });
    assert.deepEqual([...kept.keys()], [row.sha256]);
    assert.deepEqual((await readStoredFile(database.db, memory, row.id)).bytes, png);
    const local = localFileStore(dataDir);
    await assert.rejects(local.get('../../etc/passwd'), /not a sha256/);
    await assert.rejects(local.put('AB'.repeat(32), png), /not a sha256/);
  });
});
