import type { Generated, Selectable, Insertable } from 'kysely';

export interface SettingsTable {
  id: Generated<number>;
  countyName: string;
  countyNameEn: Generated<string>;
  governmentName: string;
  governmentNameEn: Generated<string>;
  regionCode: string;
  province: Generated<string>;
  city: Generated<string>;
  /** 主办单位 */
  sponsor: Generated<string>;
  sponsorEn: Generated<string>;
  /** 网站标识码 */
  siteCode: Generated<string>;
  /** ICP备案号 */
  icpNumber: Generated<string>;
  /** 公安机关备案号 */
  policeNumber: Generated<string>;
  contactPhone: Generated<string>;
  contactEmail: Generated<string>;
  contactAddress: Generated<string>;
  isDemo: Generated<boolean>;
  updatedAt: Generated<Date>;
}

export interface SettingsTables {
  settings: SettingsTable;
}

export type Settings = Omit<Selectable<SettingsTable>, 'id' | 'updatedAt'>;
export type NewSettings = Omit<Insertable<SettingsTable>, 'id' | 'updatedAt'>;
