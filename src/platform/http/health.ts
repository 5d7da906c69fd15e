import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';

/** /healthz: the process answers. /readyz: and so does the database. */
export function registerHealth(
  app: FastifyInstance,
  db: Kysely<unknown>,
  databaseKind: string,
): void {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (request, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { status: 'ready', database: databaseKind };
    } catch (error) {
      request.log.warn({ err: error }, 'database not ready');
      return reply.code(503).send({ status: 'unavailable', database: databaseKind });
    }
  });
}
