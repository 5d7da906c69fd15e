import type { ModulePart } from '../../platform/app-module.ts';
import { publishDueJob } from './publish.service.ts';
import { publishingMessages } from './publishing.messages.ts';

/** The workflow's strings and the scheduler job (the services are called by the other parts). */
export const corePart: ModulePart = {
  routes: () => undefined,
  messages: publishingMessages,
  seeders: [],
  openapi: {},
  jobs: [publishDueJob],
};
