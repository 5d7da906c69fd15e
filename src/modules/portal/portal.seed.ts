import type { Kysely } from 'kysely';
import type { Seeder } from '../../platform/seed/index.ts';
import { upsertSettings, type SettingsTables } from '../../platform/settings/index.ts';

/**
 * The demo county's identity. The footer identifiers are placeholders, not the county's real
 * registrations, and every page of a demo site says so in its banner.
 */
export const demoSettingsSeeder: Seeder = {
  name: 'settings',
  async run({ db }) {
    await upsertSettings(db as Kysely<SettingsTables>, {
      countyName: '清原满族自治县',
      countyNameEn: 'Qingyuan Manchu Autonomous County',
      governmentName: '清原满族自治县人民政府',
      governmentNameEn: 'People’s Government of Qingyuan Manchu Autonomous County',
      regionCode: '210423',
      province: '辽宁省',
      city: '抚顺市',
      sponsor: '清原满族自治县人民政府办公室',
      sponsorEn: 'General Office of the County Government',
      siteCode: '2104230000',
      icpNumber: '辽ICP备00000000号',
      policeNumber: '辽公网安备21042300000000号',
      contactPhone: '',
      contactEmail: 'contact@sunshine.example',
      contactAddress: '清原满族自治县（演示地址）',
      isDemo: true,
    });
  },
};
