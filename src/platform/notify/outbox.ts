/**
 * The outbox of SMS and e-mail messages: a change enqueues its messages in its own transaction
 * (they exist only if it commits); a job claims pending ones `FOR UPDATE SKIP LOCKED` and hands
 * each to a pluggable `DeliveryAdapter` — by default one that only logs, with personal data
 * masked, since a county wires its own SMS gateway or mail server.
 */
import { sql, type ColumnType, type Generated, type Kysely } from 'kysely';
import type { Job } from '../jobs/index.ts';
import { createLogger, maskPersonalData } from '../logger/index.ts';

export type MessageChannel = 'sms' | 'email';
export type MessageStatus = 'pending' | 'sent' | 'failed';

/** `notification_messages`: one SMS or e-mail to send (migration 0016). */
export interface NotificationMessagesTable {
  id: Generated<number>;
  channel: MessageChannel;
  recipient: string;
  subject: Generated<string>;
  body: string;
  status: Generated<MessageStatus>;
  attempts: Generated<number>;
  createdAt: ColumnType<Date, Date, Date>;
  sentAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  error: Generated<string>;
}

export interface OutboxTables {
  notificationMessages: NotificationMessagesTable;
}

export interface OutgoingMessage {
  channel: MessageChannel;
  /** A phone number (sms) or an e-mail address (email). */
  recipient: string;
  subject?: string;
  body: string;
}

export interface PendingMessage extends Required<OutgoingMessage> {
  id: number;
  attempts: number;
}

/** Sends one message; throws when the gateway refuses it (the job records the error and retries). */
export interface DeliveryAdapter {
  name: string;
  deliver(message: PendingMessage): Promise<void>;
}

/** Where the log adapter writes: a pino logger or anything with the same `info`. */
export interface DeliveryLog {
  info(details: object, message: string): void;
}

/** After this many failed attempts a message is marked failed and no longer retried. */
export const maxDeliveryAttempts = 5;

/** Enqueues messages in the caller's transaction; returns how many were written. */
export async function enqueueMessages<DB>(
  db: Kysely<DB>,
  messages: readonly OutgoingMessage[],
  at: Date,
): Promise<number> {
  const wanted = messages.filter((m) => m.recipient.trim() !== '');
  if (wanted.length === 0) return 0;
  await (db as unknown as Kysely<OutboxTables>)
    .insertInto('notificationMessages')
    .values(
      wanted.map((m) => ({
        channel: m.channel,
        recipient: m.recipient.trim(),
        subject: m.subject ?? '',
        body: m.body,
        createdAt: at,
      })),
    )
    .execute();
  return wanted.length;
}

/** The adapter of a county without a gateway: each message is logged, phones and e-mails masked. */
export function logDeliveryAdapter(log?: DeliveryLog): DeliveryAdapter {
  let sink = log;
  return {
    name: 'log',
    async deliver(message) {
      sink ??= createLogger(process.env.LOG_LEVEL || 'info');
      sink.info(
        {
          messageId: message.id,
          channel: message.channel,
          recipient: maskPersonalData(message.recipient),
          subject: maskPersonalData(message.subject),
          body: maskPersonalData(message.body),
        },
        'notification message delivered (log adapter)',
      );
    },
  };
}

/**
 * Claims up to `limit` pending messages (skipping those another process holds) and delivers them
 * one by one; a failure counts an attempt and keeps the message pending until the last attempt.
 */
export async function deliverPendingMessages<DB>(
  db: Kysely<DB>,
  adapter: DeliveryAdapter,
  at: Date,
  limit = 100,
): Promise<number> {
  const trx = db as unknown as Kysely<OutboxTables>;
  const claimed = await trx
    .selectFrom('notificationMessages')
    .select(['id', 'channel', 'recipient', 'subject', 'body', 'attempts'])
    .where('status', '=', 'pending')
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
  for (const row of claimed) {
    const message: PendingMessage = { ...row, id: Number(row.id) };
    try {
      await adapter.deliver(message);
      await trx
        .updateTable('notificationMessages')
        .set({ status: 'sent', sentAt: at, attempts: sql`attempts + 1`, error: '' })
        .where('id', '=', message.id)
        .execute();
    } catch (error) {
      const attempts = message.attempts + 1;
      await trx
        .updateTable('notificationMessages')
        .set({
          status: attempts >= maxDeliveryAttempts ? 'failed' : 'pending',
          attempts,
          error: maskPersonalData(error instanceof Error ? error.message : String(error)).slice(
            0,
            500,
          ),
        })
        .where('id', '=', message.id)
        .execute();
    }
  }
  return claimed.length;
}

/** The delivery job of platform/jobs: every minute, 100 messages a round. */
export function deliveryJob(adapter: DeliveryAdapter = logDeliveryAdapter(), batch = 100): Job {
  return {
    name: 'notify.outbox.deliver',
    everyMs: 60_000,
    batch,
    run: ({ trx, clock }) => deliverPendingMessages(trx, adapter, clock.now(), batch),
  };
}
