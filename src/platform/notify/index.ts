/**
 * Notices to staff: written in the transaction of the change they report, shown on the console
 * home. A notice goes to one user, or to everyone holding a role on an org.
 */
export { notify, listNotices } from './notify.ts';
export type { Notice, NoticeInput, NotifyTables, NotificationsTable } from './notify.ts';
/**
 * The outbox of SMS / e-mail messages: enqueued in the change's transaction, delivered by a job
 * through a pluggable adapter (the log adapter by default, personal data masked).
 */
export {
  enqueueMessages,
  deliverPendingMessages,
  deliveryJob,
  logDeliveryAdapter,
  maxDeliveryAttempts,
} from './outbox.ts';
export type {
  DeliveryAdapter,
  DeliveryLog,
  MessageChannel,
  MessageStatus,
  NotificationMessagesTable,
  OutboxTables,
  OutgoingMessage,
  PendingMessage,
} from './outbox.ts';
