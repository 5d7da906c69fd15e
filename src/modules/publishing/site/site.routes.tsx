/** The public pages of 政务公开: landing, lists by type and by channel, detail, print. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { localeOf } from '../../../platform/http/index.ts';
import type { PageMeta } from '../../../platform/views/index.ts';
import { listPublicAttachments } from '../console/attachments.queries.ts';
import { findChannelByCode } from '../publishing.queries.ts';
import { findPublicItem } from './item.queries.ts';
import { siteMessages } from './site.messages.ts';
import { allItemsFeeds, feedsOf, originOf, pageOf, pageQuery, perPage } from './site.http.ts';
import {
  itemPath,
  listPublicChannels,
  listPublished,
  listedTypes,
  newestOfTypes,
  typeOfSlug,
  typeSlugs,
  type ListFilter,
  type ListedType,
} from './site.queries.ts';
import { ChannelsPage } from './views/channels.page.tsx';
import { ItemPage } from './views/item.page.tsx';
import { ListPage } from './views/list.page.tsx';
import { ItemNotFoundPage } from './views/not-found.page.tsx';
import { OpennessPage } from './views/openness.page.tsx';
import { PrintPage } from './views/print.page.tsx';

export const siteStyles = ['/static/css/openness.css'];
/** Head texts (description, feed titles) in the request's language. */
function textsOf(request: FastifyRequest): Record<string, string> {
  return siteMessages[localeOf(request)];
}

export function siteRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, config } = deps;
  const metaOf = (request: FastifyRequest, path: string, extra: PageMeta = {}): PageMeta => ({
    canonical: originOf(request, config) + path,
    ogType: 'website',
    styles: siteStyles,
    ...extra,
  });

  /** A page of a list; a page past the end shows the last one. */
  async function pageOfList(filter: ListFilter, requested: number) {
    let list = await listPublished(db, filter, { page: requested, perPage });
    const { page, pages } = pageOf(requested, list.total);
    if (page !== requested) list = await listPublished(db, filter, { page, perPage });
    return { ...list, page, pages };
  }

  app.get('/openness', async (request, reply) => {
    const columns = await newestOfTypes(db, listedTypes, 6);
    const pages = (await listPublished(db, { types: ['page'] }, { page: 1, perPage: 10 })).items;
    const texts = textsOf(request);
    const meta = metaOf(request, '/openness', {
      description: texts['publishingSite.openness.intro']!,
      feeds: allItemsFeeds(request),
    });
    return reply.page(<OpennessPage columns={columns} pages={pages} meta={meta} />);
  });

  for (const type of listedTypes) {
    const path = `/openness/${typeSlugs[type]}`;
    app.get(path, async (request, reply) => {
      const { page: requested } = pageQuery.parse(request.query);
      const list = await pageOfList({ types: [type] }, requested);
      const title = textsOf(request)[`publishingSite.type.${type}`]!;
      const canonical = list.page === 1 ? path : `${path}?page=${list.page}`;
      return reply.page(
        <ListPage
          titleKey={`publishingSite.type.${type}`}
          path={path}
          {...list}
          showChannel
          meta={metaOf(request, canonical, { feeds: feedsOf(path, title) })}
        />,
      );
    });
  }

  app.get('/openness/channels', async (request, reply) =>
    reply.page(
      <ChannelsPage
        channels={await listPublicChannels(db)}
        meta={metaOf(request, '/openness/channels')}
      />,
    ),
  );

  app.get<{ Params: { code: string; typeSlug?: string } }>(
    '/openness/channels/:code',
    (request, reply) => channelPage(request, reply),
  );
  app.get<{ Params: { code: string; typeSlug?: string } }>(
    '/openness/channels/:code/:typeSlug',
    (request, reply) => channelPage(request, reply),
  );

  async function channelPage(
    request: FastifyRequest<{ Params: { code: string; typeSlug?: string } }>,
    reply: FastifyReply,
  ) {
    const channel = await findChannelByCode(db, request.params.code);
    const type: ListedType | undefined = request.params.typeSlug
      ? typeOfSlug(request.params.typeSlug)
      : undefined;
    if (!channel || (request.params.typeSlug && !type)) return reply.callNotFound();
    const base = `/openness/channels/${channel.code}`;
    const path = type ? `${base}/${typeSlugs[type]}` : base;
    const { page: requested } = pageQuery.parse(request.query);
    const list = await pageOfList(
      { channelId: Number(channel.id), ...(type ? { types: [type] } : {}) },
      requested,
    );
    const tabs = [
      { href: base, key: 'publishingSite.channel.all', current: !type },
      ...listedTypes.map((t) => ({
        href: `${base}/${typeSlugs[t]}`,
        key: `publishingSite.type.${t}`,
        current: t === type,
      })),
    ];
    const canonical = list.page === 1 ? path : `${path}?page=${list.page}`;
    return reply.page(
      <ListPage
        channelName={channel.name}
        {...(type ? { titleKey: `publishingSite.type.${type}` } : {})}
        path={path}
        {...list}
        showChannel={false}
        tabs={tabs}
        meta={metaOf(request, canonical, {
          feeds: feedsOf(base, channel.name, type ? `?type=${typeSlugs[type]}` : ''),
        })}
      />,
    );
  }

  const idOf = (raw: string) => (/^\d{1,15}$/.test(raw) ? Number(raw) : undefined);

  app.get<{ Params: { id: string } }>('/openness/items/:id', async (request, reply) => {
    const id = idOf(request.params.id);
    const view = id === undefined ? undefined : await findPublicItem(db, id);
    if (!view) return reply.page(<ItemNotFoundPage />, 404);
    const description = view.item.summary || view.item.title;
    return reply.page(
      <ItemPage
        view={view}
        attachments={await listPublicAttachments(db, view.item.id)}
        meta={metaOf(request, itemPath(view.item.id), { ogType: 'article', description })}
      />,
    );
  });

  app.get<{ Params: { id: string } }>('/openness/items/:id/print', async (request, reply) => {
    const id = idOf(request.params.id);
    const view = id === undefined ? undefined : await findPublicItem(db, id);
    if (!view) return reply.page(<ItemNotFoundPage />, 404);
    const url = originOf(request, config) + itemPath(view.item.id);
    return reply.page(<PrintPage view={view} url={url} />);
  });
}
