/** What the console's route tests share: the app with the demo county and channels, sign-ins, forms. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { createTestApp, formSession, signIn, type TestApp } from '../../../../test/test-app.ts';
import { ensureChannels } from '../channels.service.ts';
import { findItem } from '../publishing.queries.ts';

export const fixture = (name: string) =>
  fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name));

export interface ConsoleTest<U extends string = string> {
  t: TestApp;
  db: Kysely<unknown>;
  /** The cookies of each signed-in user. */
  as: Record<U, string>;
  close(): Promise<void>;
}

/** The app over the demo county (its channels ensured), files kept in a temporary folder. */
export async function consoleApp<U extends string>(users: readonly U[]): Promise<ConsoleTest<U>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'publishing-console-'));
  const t = await createTestApp({ demo: true, env: { DATA_DIR: dataDir } });
  const db = t.database.db;
  await ensureChannels(db, t.clock);
  const as = {} as Record<U, string>;
  for (const user of users) as[user] = await signIn(t.app, user, `Sunshine-${user}-2026`);
  return {
    t,
    db,
    as,
    async close() {
      await t.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Posts a form as the signed-in user, with the CSRF token of the page it is on. */
export async function post(
  t: TestApp,
  cookie: string,
  page: string,
  action: string,
  fields: Record<string, string>,
) {
  const form = await formSession(t.app, page, cookie);
  return form.post(action, fields);
}

/** The id of the item a redirect goes to (`/staff/publishing/items/12?done=…`). */
export function itemIdOf(location: unknown): number {
  const match = /\/staff\/publishing\/items\/(\d+)/.exec(String(location));
  if (!match) throw new Error(`not an item location: ${String(location)}`);
  return Number(match[1]);
}

/** Creates a draft through the form; returns its id. */
export async function draftAs(
  t: TestApp,
  cookie: string,
  channel: string,
  type: string,
  fields: Record<string, string>,
): Promise<number> {
  const page = `/staff/publishing/items/new?channel=${channel}&type=${type}`;
  const response = await post(t, cookie, page, '/staff/publishing/items/new', {
    channel,
    type,
    ...fields,
  });
  if (response.statusCode !== 303) throw new Error(`draft refused: ${response.body.slice(0, 500)}`);
  return itemIdOf(response.headers.location);
}

/** Takes a step through the item page's form. */
export function step(
  t: TestApp,
  cookie: string,
  id: number,
  name: string,
  fields: Record<string, string> = {},
) {
  const page = `/staff/publishing/items/${id}`;
  return post(t, cookie, page, `${page}/steps/${name}`, fields);
}

export async function stateOf(db: Kysely<unknown>, id: number) {
  return (await findItem(db, id))?.state;
}

/** A multipart upload as the item page's form sends it. */
export function multipartOf(
  fields: Record<string, string>,
  file?: { name: string; bytes: Buffer },
) {
  const boundary = '----sunshine-publishing-boundary';
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  const f = file ?? { name: '', bytes: Buffer.alloc(0) };
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\n` +
        `Content-Type: application/octet-stream\r\n\r\n`,
    ),
    f.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    payload: Buffer.concat(chunks),
  };
}
