/**
 * Telling submitters: an SMS (phone) or e-mail through the platform's outbox, to the appeal's
 * submitter and to those of the appeals merged into it (issue 9 §6: a merged appeal keeps every
 * submitter informed). Each message names only its own tracking number, never anyone's data.
 */
import { sql, type Kysely } from 'kysely';
import { enqueueMessages, type OutgoingMessage } from '../../../platform/notify/index.ts';
import type { AppealRow } from '../feedback.queries.ts';
import { wordsOf } from './step-support.ts';

/** One of the part's messages, or a text in which `{number}` becomes each submitter's own number. */
export type InformMessage = 'replied' | 'closed' | { text: string; subject?: string };

interface Submitter {
  trackingNumber: string;
  submitterPhone: string;
  submitterEmail: string;
}

function messageTo(submitter: Submitter, message: InformMessage): OutgoingMessage | null {
  const number = submitter.trackingNumber;
  const text =
    typeof message === 'string'
      ? wordsOf(`feedbackHandling.sms.${message}`, { number }).zh
      : message.text.replaceAll('{number}', number);
  const subject =
    typeof message === 'string' || message.subject === undefined
      ? wordsOf('feedbackHandling.mail.subject', { number }).zh
      : message.subject.replaceAll('{number}', number);
  if (submitter.submitterPhone !== '') {
    return { channel: 'sms', recipient: submitter.submitterPhone, body: text };
  }
  if (submitter.submitterEmail !== '') {
    return {
      channel: 'email',
      recipient: submitter.submitterEmail,
      subject,
      body: text,
    };
  }
  return null;
}

/**
 * Queues the message to every submitter of the appeal (merged ones included), in the caller's
 * transaction, dated `at` (the step's time); returns how many were queued.
 */
export async function informSubmitters(
  trx: Kysely<unknown>,
  appeal: Pick<AppealRow, 'id' | 'trackingNumber' | 'submitterPhone' | 'submitterEmail'>,
  message: InformMessage,
  at: Date,
): Promise<number> {
  const { rows: merged } = await sql<Submitter>`
    select tracking_number, submitter_phone, submitter_email
    from feedback_appeals where merged_into_id = ${appeal.id} order by id`.execute(trx);
  const messages = [appeal, ...merged]
    .map((submitter) => messageTo(submitter, message))
    .filter((m): m is OutgoingMessage => m !== null);
  if (messages.length === 0) return 0;
  return enqueueMessages(trx, messages, at);
}
