/**
 * 行政权力 (权责清单): the power catalog, its adjustments, flowcharts and the intermediary-service
 * list (RULES.md §8). Other modules read powers through the functions exported here.
 */
import type { AppModule } from '../../platform/app-module.ts';

export const powersModule: AppModule = {
  name: 'powers',
  routes: () => undefined,
  messages: { 'zh-CN': {}, en: {} },
  seeders: [],
  openapi: {},
};
