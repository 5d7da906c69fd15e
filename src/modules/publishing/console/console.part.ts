import type { ModulePart } from '../../../platform/app-module.ts';
import { attachmentsRoutes } from './attachments.routes.tsx';
import { consoleMessages } from './console.messages.ts';
import { consoleRoutes } from './console.routes.tsx';
import { itemsRoutes } from './items.routes.tsx';

/**
 * The staff console of publishing (/staff/publishing…): my channels and items by state, the item
 * form and its workflow steps, attachments, the two-person rule per channel; and the public
 * download of a published item's attachments (/openness/attachments/:id/:fileName).
 */
export const consolePart: ModulePart = {
  routes: (app, deps) => {
    consoleRoutes(app, deps);
    itemsRoutes(app, deps);
    attachmentsRoutes(app, deps);
  },
  messages: consoleMessages,
  seeders: [],
  openapi: {},
};
