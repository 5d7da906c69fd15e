import { defineMessages } from '../../platform/i18n/index.ts';

export const consoleMessages = defineMessages(
  {
    'console.home.title': '工作台',
    'console.home.intro': '各系统建成后，您的待办事项、预警和统计将显示在这里。',
    'console.home.signInNotice':
      '工作人员账号与登录随“组织机构与账号”功能一同上线；在此之前，后台不提供任何数据或操作。',
    'console.home.systems': '系统',
    'console.system.status': '尚未开放',
  },
  {
    'console.home.title': 'Workbench',
    'console.home.intro':
      'When the systems are built, your tasks, warnings and figures will appear here.',
    'console.home.signInNotice':
      'Staff accounts and sign-in arrive with the organisations and accounts feature; until then the console offers no data and no actions.',
    'console.home.systems': 'Systems',
    'console.system.status': 'Not yet available',
  },
);
