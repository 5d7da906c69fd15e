export { connectDatabase, pgliteExtensions } from './connect.ts';
export type { DatabaseHandle, DatabaseKind, ConnectOptions } from './connect.ts';
export { migrateToLatest, migrationsFolder } from './migrate.ts';
export { acquireDataDirLock, lockFileOf } from './data-dir-lock.ts';
export type { Kysely, Transaction, Selectable, Insertable, Updateable, Generated } from 'kysely';
export { inTransaction } from './transaction.ts';
