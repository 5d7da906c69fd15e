import { defineMessages } from '../../platform/i18n/index.ts';

export const consoleMessages = defineMessages(
  {
    'console.home.title': '工作台',
    'console.home.intro': '各系统建成后，您的待办事项、预警和统计将显示在这里。',
    'console.home.signInNotice':
      '工作人员账号与登录随“组织机构与账号”功能一同上线；在此之前，后台不提供任何数据或操作。',
    'console.home.systems': '系统',
    'console.system.status': '尚未开放',
    'console.calendarWarning':
      '{year} 年国务院放假安排尚未录入，跨入 {year} 年的期限目前按暂定日历计算，录入后自动重新计算。',
    'console.calendarWarningLink': '录入 {year} 年放假安排',
    'console.notices': '通知',
  },
  {
    'console.home.title': 'Workbench',
    'console.home.intro':
      'When the systems are built, your tasks, warnings and figures will appear here.',
    'console.home.signInNotice':
      'Staff accounts and sign-in arrive with the organisations and accounts feature; until then the console offers no data and no actions.',
    'console.home.systems': 'Systems',
    'console.system.status': 'Not yet available',
    'console.calendarWarning':
      'The State Council holiday schedule for {year} has not been entered: time limits running into {year} are computed on a provisional calendar and will be recomputed once it is.',
    'console.calendarWarningLink': 'Enter the {year} schedule',
    'console.notices': 'Notices',
  },
);
