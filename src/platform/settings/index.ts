export { findSettings, upsertSettings } from './settings.queries.ts';
export type { Settings, NewSettings, SettingsTables } from './settings.tables.ts';

import type { Settings } from './settings.tables.ts';

/** What the portal shows before a county has entered its identity (never invented figures). */
export const unconfiguredSettings: Settings = {
  countyName: '阳光政务',
  countyNameEn: 'Sunshine',
  governmentName: '阳光政务平台',
  governmentNameEn: 'Sunshine open government platform',
  regionCode: '000000',
  province: '',
  city: '',
  sponsor: '',
  sponsorEn: '',
  siteCode: '',
  icpNumber: '',
  policeNumber: '',
  contactPhone: '',
  contactEmail: '',
  contactAddress: '',
  isDemo: false,
};
