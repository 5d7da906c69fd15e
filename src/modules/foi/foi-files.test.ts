import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { createTestOrg } from '../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../../platform/clock/index.ts';
import { isAppError } from '../../platform/errors/index.ts';
import { readStoredFile } from '../../platform/files/index.ts';
import { systemContext } from '../../platform/http/index.ts';
import {
  attachIdentityScan,
  ensureRequestFile,
  listRequestFiles,
  requestFileUrl,
  requestOfTrackingNumber,
} from './foi-files.ts';
import type { ApplicationInput } from './foi.schemas.ts';
import { receiveRequest } from './foi.service.ts';

const fixtures = path.resolve(import.meta.dirname, '../../platform/files/fixtures');
const pdf = fs.readFileSync(path.join(fixtures, 'scan.pdf'));
const png = fs.readFileSync(path.join(fixtures, 'scan.png'));
const clock = fixedClock('2026-09-30T09:30:00+08:00');
const ctx = systemContext('foi-files-test');

const application: ApplicationInput = {
  applicant: {
    type: 'person',
    name: '张三',
    idType: 'resident_id',
    idNumber: '11010519491231002X',
    phone: '13800000000',
  },
  description: '请公开本县2025年城乡低保资金发放情况',
  form: 'electronic',
  delivery: 'online',
};

describe('the files of a request', () => {
  let database: TestDatabase;
  let db: Kysely<unknown>;
  let dataDir: string;
  before(async () => {
    database = await createTestDatabase();
    db = database.db;
    await createTestOrg(db, 'foi-files-county');
    const parent = process.env.SUNSHINE_TEST_TMP ?? os.tmpdir();
    fs.mkdirSync(parent, { recursive: true });
    dataDir = fs.mkdtempSync(path.join(parent, 'foi-files-'));
  });
  after(async () => {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('links a scan to its request in the receiving transaction, audited without the name', async () => {
    const { receipt, file } = await db.transaction().execute(async (trx) => {
      const receipt = await receiveRequest(trx, clock, ctx, application, { channel: 'online' });
      const file = await attachIdentityScan(trx, dataDir, ctx, clock.now(), receipt, {
        bytes: pdf,
        name: '张三身份证.pdf',
      });
      return { receipt, file };
    });
    const files = await listRequestFiles(db, receipt.requestId);
    assert.deepEqual(files, [
      {
        id: file.id,
        kind: 'identity',
        mediaType: 'application/pdf',
        size: pdf.length,
        originalName: '张三身份证.pdf',
        createdAt: clock.now(),
      },
    ]);
    assert.deepEqual((await readStoredFile(db, dataDir, file.id)).bytes, pdf);
    const { rows } = await sql<{ summary: Record<string, unknown> }>`
      select summary from audit_log where action = 'foi.request.file.attach'
      and target_id = ${receipt.trackingNumber}`.execute(db);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.summary.sha256, file.sha256);
    assert.doesNotMatch(JSON.stringify(rows[0]!.summary), /身份证/);

    const found = await requestOfTrackingNumber(db, receipt.trackingNumber);
    assert.equal(found.id, receipt.requestId);
    assert.match(found.orgPath, /^\/\d+\/$/);
    await ensureRequestFile(db, receipt.requestId, file.id);
    assert.equal(
      requestFileUrl(receipt.trackingNumber, file.id),
      `/staff/foi/${receipt.trackingNumber}/files/${file.id}`,
    );
  });

  it('leaves no request and no row when the scan is refused', async () => {
    const count = async (table: string) =>
      Number(
        (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db))
          .rows[0]!.n,
      );
    const requests = await count('foi_requests');
    const files = await count('files');
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        const receipt = await receiveRequest(trx, clock, ctx, application, { channel: 'online' });
        await attachIdentityScan(trx, dataDir, ctx, clock.now(), receipt, {
          bytes: png,
          name: 'licence.pdf',
        });
      }),
      (error) => isAppError(error) && error.code === 'file_name_mismatch',
    );
    assert.equal(await count('foi_requests'), requests);
    assert.equal(await count('files'), files);
  });

  it('says not_found for a file of another request or an unknown tracking number', async () => {
    const other = await receiveRequest(db, clock, ctx, application, { channel: 'online' });
    assert.deepEqual(await listRequestFiles(db, other.requestId), []);
    const [first] = await sql<{ fileId: number }>`
      select file_id from foi_request_files limit 1`
      .execute(db)
      .then((r) => r.rows);
    await assert.rejects(
      ensureRequestFile(db, other.requestId, Number(first!.fileId)),
      (error) => isAppError(error) && error.code === 'foi_file_not_found',
    );
    await assert.rejects(
      requestOfTrackingNumber(db, '2026-0000-0000'),
      (error) => isAppError(error) && error.code === 'foi_not_found',
    );
  });
});
