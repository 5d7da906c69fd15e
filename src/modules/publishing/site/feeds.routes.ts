/** Feeds (Atom and RSS: all items, per type, per channel with `?type=`) and the sitemap. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { localeOf } from '../../../platform/http/index.ts';
import {
  findSettings,
  unconfiguredSettings,
  type SettingsTables,
} from '../../../platform/settings/index.ts';
import { findChannelByCode } from '../publishing.queries.ts';
import { atomFeed, feedContentTypes, rssFeed } from './feeds.ts';
import { siteMessages } from './site.messages.ts';
import { originOf } from './site.http.ts';
import {
  listPublished,
  listPublicChannels,
  listedTypes,
  typeOfSlug,
  typeSlugs,
  type ListFilter,
} from './site.queries.ts';
import { itemsSitemap, pagesSitemap, sectionPaths, sitemapDocument } from './sitemap.ts';

const feedSize = 50;
type Kind = 'atom' | 'rss';
const files: Record<Kind, string> = { atom: 'feed.xml', rss: 'rss.xml' };

/** A catalog text in the request's language (feeds are not rendered through views). */
function textOf(request: FastifyRequest) {
  const catalog: Record<string, string> = siteMessages[localeOf(request)];
  return (key: string, vars: Record<string, string> = {}) =>
    catalog[key]!.replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}

const channelFeedQuery = z.object({ type: z.string().max(40).optional().catch(undefined) });

export function feedRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, config, clock } = deps;

  async function sendFeed(
    request: FastifyRequest,
    reply: FastifyReply,
    kind: Kind,
    feed: { title: string; pagePath: string; filter: ListFilter },
  ) {
    const settings = (await findSettings(db as Kysely<SettingsTables>)) ?? unconfiguredSettings;
    const origin = originOf(request, config);
    const { items } = await listPublished(db, feed.filter, { page: 1, perPage: feedSize });
    const locale = localeOf(request);
    const site =
      locale === 'en'
        ? settings.governmentNameEn || settings.governmentName
        : settings.governmentName;
    const spec = {
      title: `${feed.title} - ${site}`,
      pageUrl: origin + feed.pagePath,
      selfUrl: origin + request.url,
      origin,
      lang: locale,
      author: site,
      items,
      now: clock.now(),
    };
    return reply
      .type(feedContentTypes[kind])
      .header('cache-control', 'public, max-age=300')
      .send(kind === 'atom' ? atomFeed(spec) : rssFeed(spec));
  }

  for (const kind of ['atom', 'rss'] as const) {
    app.get(`/${files[kind]}`, (request, reply) => {
      const t = textOf(request);
      return sendFeed(request, reply, kind, {
        title: t('publishingSite.openness.title'),
        pagePath: '/openness',
        filter: {},
      });
    });
    for (const type of listedTypes) {
      const slug = typeSlugs[type];
      app.get(`/openness/${slug}/${files[kind]}`, (request, reply) =>
        sendFeed(request, reply, kind, {
          title: textOf(request)(`publishingSite.type.${type}`),
          pagePath: `/openness/${slug}`,
          filter: { types: [type] },
        }),
      );
    }
    app.get<{ Params: { code: string } }>(
      `/openness/channels/:code/${files[kind]}`,
      async (request, reply) => {
        const channel = await findChannelByCode(db, request.params.code);
        if (!channel) return reply.callNotFound();
        const { type: slugOrType } = channelFeedQuery.parse(request.query);
        const type = slugOrType
          ? (typeOfSlug(slugOrType) ?? listedTypes.find((t) => t === slugOrType))
          : undefined;
        const t = textOf(request);
        return sendFeed(request, reply, kind, {
          title: type
            ? t('publishingSite.channel.title', {
                channel: channel.name,
                column: t(`publishingSite.type.${type}`),
              })
            : channel.name,
          pagePath: `/openness/channels/${channel.code}${type ? `/${typeSlugs[type]}` : ''}`,
          filter: { channelId: Number(channel.id), ...(type ? { types: [type] } : {}) },
        });
      },
    );
  }

  const sitemapPaths = async () =>
    sectionPaths((await listPublicChannels(db)).filter((c) => c.published > 0).map((c) => c.code));
  const sendXml = (reply: FastifyReply, body: string) =>
    reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(body);

  app.get('/sitemap.xml', async (request, reply) =>
    sendXml(reply, await sitemapDocument(db, originOf(request, config), await sitemapPaths())),
  );
  app.get('/sitemap/pages.xml', async (request, reply) =>
    sendXml(reply, pagesSitemap(originOf(request, config), await sitemapPaths())),
  );
  app.get<{ Params: { n: string } }>('/sitemap/items/:n', async (request, reply) => {
    const n = /^(\d{1,6})\.xml$/.exec(request.params.n)?.[1];
    const body =
      n && Number(n) >= 1 && (await itemsSitemap(db, originOf(request, config), Number(n)));
    if (!body) return reply.callNotFound();
    return sendXml(reply, body);
  });
}
