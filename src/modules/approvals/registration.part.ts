/**
 * Combined business registration (五证合一、一照一码, 国办发〔2016〕53号): the credit-code check
 * (API and public page), licences with codes generated here, the printable licence, and the
 * staff's list of registrations and licences.
 */
import { creditCodesRoutes } from './credit-codes.routes.ts';
import { licencesRoutes } from './licences.routes.tsx';
import { demoLicencesSeeder } from './licences.seed.ts';
import type { ModulePart } from '../../platform/app-module.ts';
import { registrationFormMessages } from './registration-form.messages.ts';
import { registrationListMessages } from './registration-list.messages.ts';
import { registrationMessages } from './registration.messages.ts';
import { registrationOpenApi } from './registration.openapi.ts';
import { registrationRoutes } from './registration.routes.tsx';

export const registrationPart: ModulePart = {
  routes: (app, deps) => {
    creditCodesRoutes(app);
    licencesRoutes(app, deps);
    registrationRoutes(app, deps);
  },
  messages: {
    'zh-CN': {
      ...registrationMessages['zh-CN'],
      ...registrationFormMessages['zh-CN'],
      ...registrationListMessages['zh-CN'],
    },
    en: {
      ...registrationMessages.en,
      ...registrationFormMessages.en,
      ...registrationListMessages.en,
    },
  },
  seeders: [demoLicencesSeeder],
  openapi: registrationOpenApi,
};
