/**
 * Notices to staff: written in the transaction of the change they report, shown on the console
 * home. A notice goes to one user, or to everyone holding a role on an org.
 */
export { notify, listNotices } from './notify.ts';
export type { Notice, NoticeInput, NotifyTables, NotificationsTable } from './notify.ts';
