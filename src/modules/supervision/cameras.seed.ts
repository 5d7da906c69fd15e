/**
 * Demo cameras for the county service center's hall: obviously demo addresses (the reserved
 * `.invalid` domain), one per format the page handles. Idempotent (a center with cameras is left
 * alone).
 */
import type { Seeder } from '../../platform/seed/index.ts';
import { formatOf } from './cameras.model.ts';
import { camerasDb } from './cameras.queries.ts';

const demoCameras: [string, string][] = [
  ['大厅全景（演示）', 'https://video.example.invalid/zwfw/hall-overview.mp4'],
  ['综合受理窗口（演示）', 'https://video.example.invalid/zwfw/window-1.m3u8'],
  ['不动产登记窗口（演示）', 'https://video.example.invalid/zwfw/window-3.webm'],
  ['自助服务区（演示）', 'rtsp://video.example.invalid/zwfw/self-service'],
];

export const demoCamerasSeeder: Seeder = {
  name: 'supervision.cameras',
  after: ['accounts.orgs'],
  async run({ db }) {
    const handle = camerasDb(db);
    const center = await handle
      .selectFrom('accountsOrgs')
      .select('id')
      .where('code', '=', 'zwfw')
      .executeTakeFirst();
    if (!center) return;
    const existing = await handle
      .selectFrom('supervisionCameras')
      .select('id')
      .where('centerOrgId', '=', center.id)
      .executeTakeFirst();
    if (existing) return;
    await handle
      .insertInto('supervisionCameras')
      .values(
        demoCameras.map(([name, url], sort) => ({
          centerOrgId: center.id,
          name,
          streamUrl: url,
          format: formatOf(new URL(url)),
          sort,
          isDemo: true,
        })),
      )
      .execute();
  },
};
