/**
 * The `sunshine` commands: name and one-line summary here, the code loaded only when a command
 * runs — so `sunshine version` or `sunshine user` does not import every module of the app.
 */
import type { Command } from './command.ts';

export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

export const commandEntries: CommandEntry[] = [
  {
    name: 'serve',
    summary: '启动门户与管理后台 / serve the portal and the staff console',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  {
    name: 'migrate',
    summary: '把数据库结构升级到最新 / bring the database schema to the latest migration',
    load: async () => (await import('./commands/migrate.ts')).migrateCommand,
  },
  {
    name: 'seed-demo',
    summary: '载入演示县的数据 / load the demo county',
    load: async () => (await import('./commands/seed-demo.ts')).seedDemoCommand,
  },
  {
    name: 'audit',
    summary: '核验审计日志哈希链，或取得用于公布的锚点 / verify the audit log, or print its anchor',
    load: async () => (await import('./commands/audit.ts')).auditCommand,
  },
  {
    name: 'calendar',
    summary: '工作日查询与期限计算 / working days and deadlines',
    load: async () => (await import('./commands/calendar.ts')).calendarCommand,
  },
  {
    name: 'credit-code',
    summary: '统一社会信用代码：校验与生成 / unified social credit codes: check and generate',
    load: async () => (await import('./commands/credit-code.ts')).creditCodeCommand,
  },
  {
    name: 'foi',
    summary: '依申请公开：年度报告 / information requests: the annual report',
    load: async () => (await import('./commands/foi.ts')).foiCommand,
  },
  {
    name: 'search',
    summary: '站内搜索：重建检索索引 / site search: rebuild the index',
    load: async () => (await import('./commands/search.ts')).searchCommand,
  },
  {
    name: 'publishing',
    summary: '主动公开：检查站外链接 / publications: check external links',
    load: async () => (await import('./commands/publishing.ts')).publishingCommand,
  },
  {
    name: 'version',
    summary: '显示版本 / print the version',
    load: async () => (await import('./commands/version.ts')).versionCommand,
  },
  {
    name: 'user',
    summary: '管理工作人员账号 / manage staff accounts',
    load: async () => (await import('./commands/user.ts')).userCommand,
  },
  {
    name: 'token',
    summary: '创建接口令牌 / create an API token for an outside system',
    load: async () => (await import('./commands/token.ts')).tokenCommand,
  },
];
