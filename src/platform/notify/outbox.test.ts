import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.ts';
import { fixedClock } from '../clock/index.ts';
import { runJobOnce } from '../jobs/index.ts';
import {
  deliveryJob,
  enqueueMessages,
  logDeliveryAdapter,
  maxDeliveryAttempts,
  type DeliveryAdapter,
  type OutboxTables,
} from './index.ts';

describe('the SMS / e-mail outbox', () => {
  let database: TestDatabase;
  let db: Kysely<OutboxTables>;
  const clock = fixedClock('2026-09-30T09:30:00+08:00');
  before(async () => {
    database = await createTestDatabase();
    db = database.db as Kysely<OutboxTables>;
  });
  after(() => database.close());

  const statuses = () =>
    db
      .selectFrom('notificationMessages')
      .select(['recipient', 'status', 'attempts', 'sentAt', 'error'])
      .orderBy('id')
      .execute();

  it('is written only when the enqueuing transaction commits', async () => {
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await enqueueMessages(
          trx as Kysely<OutboxTables>,
          [{ channel: 'sms', recipient: '13812345678', body: 'x' }],
          clock.now(),
        );
        throw new Error('rolled back');
      }),
    );
    assert.equal((await statuses()).length, 0);
  });

  it('is delivered by the job through the log adapter, phones and e-mails masked', async () => {
    const lines: { details: Record<string, unknown>; message: string }[] = [];
    const adapter = logDeliveryAdapter({
      info: (details, message) =>
        lines.push({ details: details as Record<string, unknown>, message }),
    });
    const written = await enqueueMessages(
      db,
      [
        { channel: 'sms', recipient: '13812345678', body: '请回电 13812345678' },
        {
          channel: 'email',
          recipient: 'officer@example.gov.cn',
          subject: '预警',
          body: '有新预警',
        },
        { channel: 'sms', recipient: '  ', body: 'no one to send to' },
      ],
      clock.now(),
    );
    assert.equal(written, 2);
    const done = await runJobOnce(database.db, clock, deliveryJob(adapter));
    assert.equal(done, 2);
    assert.deepEqual(
      (await statuses()).map((r) => [r.status, r.attempts, r.sentAt?.toISOString()]),
      [
        ['sent', 1, '2026-09-30T01:30:00.000Z'],
        ['sent', 1, '2026-09-30T01:30:00.000Z'],
      ],
    );
    assert.equal(lines.length, 2);
    assert.equal(lines[0]!.details.recipient, '138****5678');
    assert.equal(lines[0]!.details.body, '请回电 138****5678');
    assert.equal(lines[1]!.details.recipient, 'o***@example.gov.cn');
    assert.doesNotMatch(JSON.stringify(lines), /13812345678|officer@/);
    // Nothing is left: the next round delivers nothing.
    assert.equal(await runJobOnce(database.db, clock, deliveryJob(adapter)), 0);
  });

  it('retries a refused message and gives up after the last attempt', async () => {
    await db.deleteFrom('notificationMessages').execute();
    await enqueueMessages(
      db,
      [{ channel: 'sms', recipient: '13900001111', body: 'x' }],
      clock.now(),
    );
    const refusing: DeliveryAdapter = {
      name: 'refusing',
      deliver: async (m) => {
        throw new Error(`gateway refused ${m.recipient}`);
      },
    };
    await runJobOnce(database.db, clock, deliveryJob(refusing));
    let [row] = await statuses();
    assert.equal(row!.status, 'pending');
    assert.equal(row!.attempts, 1);
    assert.equal(row!.error, 'gateway refused 139****1111');
    for (let i = 1; i < maxDeliveryAttempts; i++) {
      await runJobOnce(database.db, clock, deliveryJob(refusing));
    }
    [row] = await statuses();
    assert.equal(row!.status, 'failed');
    assert.equal(row!.attempts, maxDeliveryAttempts);
    assert.equal(await runJobOnce(database.db, clock, deliveryJob(refusing)), 0);
  });
});
