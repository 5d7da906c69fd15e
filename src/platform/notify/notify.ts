import type { ColumnType, Generated, Kysely } from 'kysely';

/** `notifications`: a notice to one user or to everyone holding a role on an org. */
export interface NotificationsTable {
  id: Generated<number>;
  recipientUserId: number | null;
  recipientOrgId: number | null;
  subject: string;
  subjectEn: string;
  body: string;
  bodyEn: string;
  link: Generated<string>;
  createdAt: ColumnType<Date, Date, Date>;
  readAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface NotifyTables {
  notifications: NotificationsTable;
}

export interface NoticeInput {
  recipientUserId?: number | null;
  recipientOrgId?: number | null;
  subject: string;
  subjectEn: string;
  body: string;
  bodyEn: string;
  /** A path inside Sunshine, e.g. `/staff/clocks/12`. */
  link?: string;
}

export interface Notice {
  id: number;
  recipientUserId: number | null;
  recipientOrgId: number | null;
  subject: string;
  subjectEn: string;
  body: string;
  bodyEn: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

/** Writes notices in the caller's transaction (or on the handle), so they exist only if the change does. */
export async function notify<DB>(
  db: Kysely<DB>,
  notices: readonly NoticeInput[],
  at: Date,
): Promise<void> {
  if (notices.length === 0) return;
  const writer = db as unknown as Kysely<NotifyTables>;
  await writer
    .insertInto('notifications')
    .values(
      notices.map((n) => {
        if (n.recipientUserId == null && n.recipientOrgId == null) {
          throw new Error('a notice needs a recipient user or org');
        }
        return {
          recipientUserId: n.recipientUserId ?? null,
          recipientOrgId: n.recipientOrgId ?? null,
          subject: n.subject,
          subjectEn: n.subjectEn,
          body: n.body,
          bodyEn: n.bodyEn,
          link: n.link ?? '',
          createdAt: at,
        };
      }),
    )
    .execute();
}

/** The newest notices for a user: their own and those to the orgs they hold a role on. */
export async function listNotices<DB>(
  db: Kysely<DB>,
  recipient: { userId: number; orgIds: readonly number[] },
  limit = 20,
): Promise<Notice[]> {
  const reader = db as unknown as Kysely<NotifyTables>;
  return reader
    .selectFrom('notifications')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('recipientUserId', '=', recipient.userId),
        ...(recipient.orgIds.length > 0 ? [eb('recipientOrgId', 'in', [...recipient.orgIds])] : []),
      ]),
    )
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
