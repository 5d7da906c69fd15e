import type { ModulePart } from '../../platform/app-module.ts';
import { camerasMessages } from './cameras.messages.ts';
import { camerasRoutes } from './cameras.routes.tsx';
import { demoCamerasSeeder } from './cameras.seed.ts';

/** The service halls' video panel (/staff/supervision/video): camera stream URLs per center. */
export const camerasPart: ModulePart = {
  routes: camerasRoutes,
  messages: camerasMessages,
  seeders: [demoCamerasSeeder],
  openapi: {},
};
