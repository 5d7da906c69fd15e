/** The console's landing page and the channel settings (two-person rule). */
import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../platform/app-module.ts';
import { contextOf } from '../../../platform/http/index.ts';
import { setTwoPersonRule } from '../channels.service.ts';
import { itemStates, type ItemState } from '../publishing.model.ts';
import { channelByCode, forbidden, staffActor } from './console.access.ts';
import {
  channelsOf,
  countByState,
  listItemsByState,
  policiesWithoutInterpretation,
} from './console.queries.ts';
import { ChannelsPage } from './views/channels.page.tsx';
import { LandingPage } from './views/landing.page.tsx';

const pageSize = 20;

function stateOf(value: unknown, fallback: ItemState): ItemState {
  return (itemStates as readonly string[]).includes(String(value))
    ? (value as ItemState)
    : fallback;
}

function pageOf(value: unknown): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}

export function consoleRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  app.get('/staff/publishing', async (request, reply) => {
    const actor = staffActor(request);
    const channels = await channelsOf(db, actor);
    if (channels.length === 0) throw forbidden();
    const query = request.query as Record<string, unknown>;
    const ids = channels.map((c) => c.id);
    const counts = await countByState(db, ids);
    // The first list with work in it: what awaits me before what is done.
    const busiest = (['submitted', 'approved', 'draft'] as const).find((s) => (counts[s] ?? 0) > 0);
    const state = stateOf(query['state'], busiest ?? 'published');
    const pages = Math.max(1, Math.ceil((counts[state] ?? 0) / pageSize));
    const page = Math.min(pageOf(query['page']), pages);
    const items = await listItemsByState(db, ids, state, page, pageSize);
    const authorIds = channels.filter((c) => c.may.author).map((c) => c.id);
    const reminders = await policiesWithoutInterpretation(db, authorIds);
    return reply.page(
      <LandingPage
        data={{
          channels,
          counts,
          state,
          items,
          page,
          pages,
          reminders,
        }}
      />,
    );
  });

  app.get('/staff/publishing/channels', async (request, reply) => {
    const actor = staffActor(request);
    const channels = await channelsOf(db, actor);
    if (channels.length === 0) throw forbidden();
    const saved = (request.query as Record<string, unknown>)['saved'] === '1';
    return reply.page(<ChannelsPage channels={channels} saved={saved} />);
  });

  app.post('/staff/publishing/channels/:code', async (request, reply) => {
    staffActor(request);
    const channel = await channelByCode(db, (request.params as Record<string, unknown>)['code']);
    const value = (request.body as Record<string, unknown> | undefined)?.['twoPersonRule'];
    // The service checks the right (configure) and audits the change.
    await setTwoPersonRule(db, clock, contextOf(request), channel.id, value === 'on');
    return reply.redirect('/staff/publishing/channels?saved=1', 303);
  });
}
