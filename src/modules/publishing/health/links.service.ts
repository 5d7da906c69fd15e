/**
 * The link checker (网站检查: 链接可用性 — a deduction item of 国办秘函〔2019〕19号, thresholds [U]).
 * Internal links are judged by the database (an item link must point at a published item, a file
 * link at a stored file) and other paths by a probe of the app's own routes (no network); external
 * links only by `checkExternalLinks`, from `sunshine publishing check-links` — never in a page
 * request, nor inside a database transaction.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../../../platform/clock/index.ts';
import type { HealthTables, LinkScope, LinkStatus } from './health.tables.ts';
import { classifyLink, extractLinks } from './links.extract.ts';

type Db = Kysely<HealthTables>;

export interface LinkResult {
  status: LinkStatus;
  httpStatus: number | null;
  error: string | null;
}

/** GETs a path of this site in-process (app.inject) and returns the status code. */
export type RouteProbe = (path: string) => Promise<number>;

interface ItemLinks {
  itemId: number;
  urls: string[];
}

/** Published items with their links. */
async function publishedLinks(db: Kysely<unknown>): Promise<ItemLinks[]> {
  const rows = await (db as Db)
    .selectFrom('publishingItems')
    .select(['id', 'bodyHtml'])
    .where('state', '=', 'published')
    .where((eb) => eb.or([eb('bodyHtml', 'like', '%href%'), eb('bodyHtml', 'like', '%src%')]))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ itemId: Number(r.id), urls: extractLinks(r.bodyHtml) }));
}

/** Replaces the stored results of one scope, dropping those of items no longer published. */
async function storeResults(
  db: Kysely<unknown>,
  scope: LinkScope,
  at: Date,
  rows: { itemId: number; url: string; result: LinkResult }[],
): Promise<void> {
  const write = async (trx: Db) => {
    await trx.deleteFrom('publishingLinkChecks').where('scope', '=', scope).execute();
    await trx
      .deleteFrom('publishingLinkChecks')
      .where('itemId', 'not in', (eb) =>
        eb.selectFrom('publishingItems').select('id').where('state', '=', 'published'),
      )
      .execute();
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('publishingLinkChecks')
        .values(
          rows.slice(i, i + 500).map((r) => ({
            itemId: r.itemId,
            url: r.url,
            scope,
            status: r.result.status,
            httpStatus: r.result.httpStatus,
            error: r.result.error,
            checkedAt: at,
          })),
        )
        .onConflict((oc) => oc.columns(['itemId', 'url']).doNothing())
        .execute();
    }
  };
  // A caller that is already in a transaction writes in it.
  const handle = db as Db;
  await (handle.isTransaction ? write(handle) : handle.transaction().execute(write));
}

const ok: LinkResult = { status: 'ok', httpStatus: null, error: null };
const broken = (error: string, httpStatus: number | null = null): LinkResult => ({
  status: 'broken',
  httpStatus,
  error,
});

/** One internal link's result. */
async function checkInternal(
  db: Kysely<unknown>,
  raw: string,
  site: string | undefined,
  probe: RouteProbe | undefined,
): Promise<LinkResult | undefined> {
  const link = classifyLink(raw, site);
  if (link.kind === 'external') return undefined;
  if (link.kind === 'skip') return { status: 'skipped', httpStatus: null, error: link.reason };
  if (link.kind === 'item') {
    const target = await (db as Db)
      .selectFrom('publishingItems')
      .select('state')
      .where('id', '=', link.itemId)
      .executeTakeFirst();
    if (!target) return broken('no such item');
    // A superseded edition keeps its page (with a link to the new one).
    if (target.state === 'published' || target.state === 'superseded') return ok;
    return broken(`item ${target.state}`);
  }
  if (link.kind === 'file') {
    const file = await (db as Db)
      .selectFrom('files')
      .select('id')
      .where('id', '=', link.fileId)
      .executeTakeFirst();
    return file ? ok : broken('no such file');
  }
  if (!probe) return { status: 'skipped', httpStatus: null, error: 'no route probe' };
  const status = await probe(link.path);
  return status < 400 ? { ...ok, httpStatus: status } : broken(`HTTP ${status}`, status);
}

/** Checks every internal link of every published item now; returns the counts. */
export async function checkInternalLinks(
  db: Kysely<unknown>,
  clock: Clock,
  options: { site?: string; probe?: RouteProbe } = {},
): Promise<{ checked: number; broken: number }> {
  const rows: { itemId: number; url: string; result: LinkResult }[] = [];
  const memo = new Map<string, LinkResult | undefined>();
  for (const { itemId, urls } of await publishedLinks(db)) {
    for (const url of urls) {
      if (!memo.has(url)) memo.set(url, await checkInternal(db, url, options.site, options.probe));
      const result = memo.get(url);
      if (result) rows.push({ itemId, url, result });
    }
  }
  await storeResults(db, 'internal', clock.now(), rows);
  const counted = rows.filter((r) => r.result.status !== 'skipped');
  return {
    checked: counted.length,
    broken: counted.filter((r) => r.result.status === 'broken').length,
  };
}

export interface ExternalOptions {
  site?: string;
  /** Per request, in milliseconds (default 5000). */
  timeoutMs?: number;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** At most this many distinct addresses per run (default 500). */
  maxUrls?: number;
}

async function request(url: string, method: 'HEAD' | 'GET', timeoutMs: number): Promise<number> {
  const response = await fetch(url, {
    method,
    redirect: 'follow',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { 'user-agent': 'Sunshine-link-checker/1.0' },
  });
  await response.body?.cancel();
  return response.status;
}

/** HEAD, then GET when HEAD fails or is refused; 4xx/5xx broken, no answer unreachable. */
export async function checkExternalUrl(url: string, timeoutMs = 5000): Promise<LinkResult> {
  let headStatus: number | undefined;
  try {
    headStatus = await request(url, 'HEAD', timeoutMs);
    if (headStatus < 400) return { status: 'ok', httpStatus: headStatus, error: null };
  } catch {
    // Some servers drop HEAD: GET decides.
  }
  try {
    const status = await request(url, 'GET', timeoutMs);
    return status < 400
      ? { status: 'ok', httpStatus: status, error: null }
      : { status: 'broken', httpStatus: status, error: `HTTP ${status}` };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'unreachable', httpStatus: headStatus ?? null, error: message.slice(0, 500) };
  }
}

/** Checks every external link of the published items (each address once), with a concurrency limit. */
export async function checkExternalLinks(
  db: Kysely<unknown>,
  clock: Clock,
  options: ExternalOptions = {},
): Promise<{ checked: number; broken: number; unreachable: number }> {
  const items = await publishedLinks(db);
  const byUrl = new Map<string, number[]>();
  for (const { itemId, urls } of items) {
    for (const raw of urls) {
      const link = classifyLink(raw, options.site);
      if (link.kind !== 'external') continue;
      if (!byUrl.has(raw) && byUrl.size >= (options.maxUrls ?? 500)) continue;
      byUrl.set(raw, [...(byUrl.get(raw) ?? []), itemId]);
    }
  }
  const queue = [...byUrl.keys()];
  const results = new Map<string, LinkResult>();
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      results.set(
        url,
        await checkExternalUrl(classifyLinkUrl(url, options.site), options.timeoutMs),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  const rows = [...byUrl].flatMap(([url, itemIds]) =>
    itemIds.map((itemId) => ({ itemId, url, result: results.get(url)! })),
  );
  await storeResults(db, 'external', clock.now(), rows);
  const count = (status: LinkStatus) =>
    [...results.values()].filter((r) => r.status === status).length;
  return { checked: results.size, broken: count('broken'), unreachable: count('unreachable') };
}

function classifyLinkUrl(raw: string, site?: string): string {
  const link = classifyLink(raw, site);
  return link.kind === 'external' ? link.url : raw;
}
