/** One publication as the public sees it: its metadata, links to its policy or interpretations, editions. */
import { sql, type Kysely } from 'kysely';
import type { ItemState, ItemType, Validity } from '../publishing.model.ts';

export interface PublicItem {
  id: number;
  type: ItemType;
  state: Extract<ItemState, 'published' | 'superseded'>;
  title: string;
  summary: string;
  bodyHtml: string;
  publishedOn: string;
  formedOn: string;
  docNumber: string | null;
  writtenOn: string | null;
  subjectCategory: string | null;
  validity: Validity | null;
  edition: number;
  updatedAt: Date;
  channelCode: string;
  channelName: string;
  issuingOrgName: string | null;
  policyId: number | null;
  replacedById: number | null;
  indexNumber: string | null;
}

export interface ItemLink {
  id: number;
  title: string;
  publishedOn: string;
}

export interface PublicItemView {
  item: PublicItem;
  /** A policy's published interpretations; an interpretation's policy. */
  interpretations: ItemLink[];
  policy: ItemLink | undefined;
  /** What replaced a policy (validity) and the edition that superseded this one. */
  replacedBy: ItemLink | undefined;
  nextEdition: ItemLink | undefined;
}

const hasIndexNumber = new WeakMap<object, Promise<boolean>>();

/** Does publishing_items have the catalog's `index_number` column (migration 0021)? Asked once per database. */
function indexNumberColumn(db: Kysely<unknown>): Promise<boolean> {
  let known = hasIndexNumber.get(db);
  if (!known) {
    known = sql<{ n: number }>`
      select count(*)::int as n from information_schema.columns
      where table_name = 'publishing_items' and column_name = 'index_number'`
      .execute(db)
      .then(({ rows }) => (rows[0]?.n ?? 0) > 0);
    hasIndexNumber.set(db, known);
  }
  return known;
}

async function publicLink(db: Kysely<unknown>, id: number | null): Promise<ItemLink | undefined> {
  if (id === null) return undefined;
  const { rows } = await sql<ItemLink>`
    select id, title, published_on from publishing_items
    where id = ${id} and state in ('published', 'superseded')`.execute(db);
  return rows[0] && { ...rows[0], id: Number(rows[0].id) };
}

/** A published or superseded item with what it links to; undefined for drafts, withdrawn or unknown ids. */
export async function findPublicItem(
  db: Kysely<unknown>,
  id: number,
): Promise<PublicItemView | undefined> {
  const indexNumber = (await indexNumberColumn(db)) ? sql`i.index_number` : sql`null::text`;
  const { rows } = await sql<PublicItem>`
    select i.id, i.type, i.state, i.title, i.summary, i.body_html, i.published_on, i.formed_on,
           i.doc_number, i.written_on, i.subject_category, i.validity, i.edition, i.updated_at,
           c.code as channel_code, c.name as channel_name, io.name as issuing_org_name,
           i.policy_id, i.replaced_by_id, ${indexNumber} as index_number
    from publishing_items i
    join publishing_channels c on c.id = i.channel_id
    left join accounts_orgs io on io.id = i.issuing_org_id
    where i.id = ${id} and i.state in ('published', 'superseded')`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const item = {
    ...row,
    id: Number(row.id),
    policyId: row.policyId === null ? null : Number(row.policyId),
    replacedById: row.replacedById === null ? null : Number(row.replacedById),
  };
  const { rows: interpretations } =
    item.type === 'policy'
      ? await sql<ItemLink>`
          select id, title, published_on from publishing_items
          where policy_id = ${id} and type = 'interpretation' and state = 'published'
          order by published_on desc, id desc`.execute(db)
      : { rows: [] };
  const { rows: next } = await sql<{ id: number }>`
    select id from publishing_items where supersedes_id = ${id} and state = 'published'`.execute(
    db,
  );
  return {
    item,
    interpretations: interpretations.map((r) => ({ ...r, id: Number(r.id) })),
    policy: await publicLink(db, item.policyId),
    replacedBy: await publicLink(db, item.replacedById),
    nextEdition: await publicLink(db, next[0] ? Number(next[0].id) : null),
  };
}
