import type { Catalog } from '../../platform/i18n/index.ts';

export const settingsMessages: Catalog = {
  'zh-CN': {
    'supervisionSettings.title': '监察设置',
    'supervisionSettings.intro':
      '预警灯阈值没有全国统一标准（RULES.md §4.4），由本县设定。新的设置适用于此后开始计时的事项；已在计时的事项保持原规则。',
    'supervisionSettings.yellowDays': '黄灯提前工作日数',
    'supervisionSettings.yellowDaysHint':
      '剩余工作日不多于此数时亮黄灯（默认 1：到期前一个工作日提示）；超过承诺时限亮红灯；即办件当天未办结即亮红灯。',
    'supervisionSettings.save': '保存',
    'supervisionSettings.saved': '已保存。',
    'supervisionSettings.error.yellowDays': '黄灯提前工作日数须为 0 到 30 的整数',
  },
  en: {
    'supervisionSettings.title': 'Supervision settings',
    'supervisionSettings.intro':
      'There is no national standard for the warning lights (RULES.md §4.4); the county sets them. New settings apply to clocks started from now on; running clocks keep their rule.',
    'supervisionSettings.yellowDays': 'Yellow: working days before the due date',
    'supervisionSettings.yellowDaysHint':
      'Yellow when this many working days or fewer are left (default 1: one working day before); red once past the promised limit; an instant item is red if not finished on its day.',
    'supervisionSettings.save': 'Save',
    'supervisionSettings.saved': 'Saved.',
    'supervisionSettings.error.yellowDays': 'Yellow days must be a whole number from 0 to 30',
  },
};
