import fs from 'node:fs';
import type { Kysely } from 'kysely';
import { systemContext } from '../../platform/http/index.ts';
import type { Seeder } from '../../platform/seed/index.ts';
import type { AccountsTables } from './accounts.tables.ts';
import { findOrgByCode } from './orgs.queries.ts';
import { createOrg } from './orgs.service.ts';
import type { Role } from './roles.ts';
import { findUserByUsername } from './users.queries.ts';
import { createUser } from './users.service.ts';

interface DemoOrgs {
  government: { code: string; name: string; nameEn: string };
  departments: [string, string, string][];
  serviceCenter: [string, string, string];
  townships: [string, string, string][];
}

const demoOrgs = JSON.parse(
  fs.readFileSync(new URL('./demo-orgs.json', import.meta.url), 'utf8'),
) as DemoOrgs;

/** The demo county's org tree: the government, 39 departments, the service center, 14 townships and their centers. */
export const demoOrgsSeeder: Seeder = {
  name: 'accounts.orgs',
  async run({ db, clock }) {
    const accounts = db as Kysely<AccountsTables>;
    const ensure = async (
      code: string,
      name: string,
      nameEn: string,
      kind: 'government' | 'department' | 'township' | 'center',
      parentCode: string | null,
      sortOrder: number,
    ) => {
      if (await findOrgByCode(accounts, code)) return;
      await createOrg(accounts, clock, {
        code,
        name,
        nameEn,
        kind,
        parentCode,
        sortOrder,
        isDemo: true,
      });
    };
    const root = demoOrgs.government;
    await ensure(root.code, root.name, root.nameEn, 'government', null, 0);
    for (const [i, [code, name, nameEn]] of demoOrgs.departments.entries()) {
      await ensure(code, name, nameEn, 'department', root.code, i + 1);
    }
    const [centerCode, centerName, centerNameEn] = demoOrgs.serviceCenter;
    await ensure(centerCode, centerName, centerNameEn, 'center', root.code, 100);
    for (const [i, [code, name, nameEn]] of demoOrgs.townships.entries()) {
      await ensure(code, name, nameEn, 'township', root.code, 200 + i);
      await ensure(
        `${code}-bmfw`,
        `${name}便民服务中心`,
        `${nameEn} Service Centre`,
        'center',
        code,
        0,
      );
    }
  },
};

/** One demo account per role (and a township clerk), with published passwords to change at first login. */
export const demoAccounts: {
  username: string;
  displayName: string;
  role: Role;
  orgCode: string;
  password: string;
}[] = [
  {
    username: 'admin',
    displayName: '系统管理员',
    role: 'admin',
    orgCode: '210423',
    password: 'Sunshine-admin-2026',
  },
  {
    username: 'gongkai',
    displayName: '政务公开办',
    role: 'disclosure_officer',
    orgCode: 'xzfb',
    password: 'Sunshine-gongkai-2026',
  },
  {
    username: 'minzheng',
    displayName: '民政局工作人员',
    role: 'department_officer',
    orgCode: 'mzj',
    password: 'Sunshine-minzheng-2026',
  },
  {
    username: 'jiaoyu',
    displayName: '教育局工作人员',
    role: 'department_officer',
    orgCode: 'jyj',
    password: 'Sunshine-jiaoyu-2026',
  },
  {
    username: 'chuangkou',
    displayName: '政务服务中心窗口',
    role: 'window_clerk',
    orgCode: 'zwfw',
    password: 'Sunshine-chuangkou-2026',
  },
  {
    username: 'qingyuan',
    displayName: '清原镇便民服务中心',
    role: 'window_clerk',
    orgCode: 'qyz',
    password: 'Sunshine-qingyuan-2026',
  },
  {
    username: 'lianshen',
    displayName: '自然资源局联审',
    role: 'reviewer',
    orgCode: 'zrzyj',
    password: 'Sunshine-lianshen-2026',
  },
  {
    username: 'jiaoyi',
    displayName: '公共资源交易中心',
    role: 'trading_officer',
    orgCode: 'ggzyjyzx',
    password: 'Sunshine-jiaoyi-2026',
  },
  {
    username: 'jixiao',
    displayName: '绩效考核办',
    role: 'performance_officer',
    orgCode: 'jxb',
    password: 'Sunshine-jixiao-2026',
  },
  {
    username: 'jiancha',
    displayName: '电子监察',
    role: 'supervisor',
    orgCode: '210423',
    password: 'Sunshine-jiancha-2026',
  },
  {
    username: 'huiying',
    displayName: '民政局网络回应人',
    role: 'responder',
    orgCode: 'mzj',
    password: 'Sunshine-huiying-2026',
  },
  {
    username: 'lingdao',
    displayName: '县领导',
    role: 'leader',
    orgCode: '210423',
    password: 'Sunshine-lingdao-2026',
  },
];

export const demoAccountsSeeder: Seeder = {
  name: 'accounts.users',
  after: ['accounts.orgs'],
  async run({ db, clock, notes }) {
    const accounts = db as Kysely<AccountsTables>;
    const created: string[] = [];
    for (const account of demoAccounts) {
      if (await findUserByUsername(accounts, account.username)) continue;
      await createUser(accounts, clock, systemContext('seed-demo'), {
        username: account.username,
        displayName: account.displayName,
        password: account.password,
        grants: [{ role: account.role, orgCode: account.orgCode }],
        isDemo: true,
      });
      created.push(
        `    ${account.username.padEnd(10)} ${account.password.padEnd(24)} ${account.role} @ ${account.orgCode}`,
      );
    }
    if (created.length > 0) {
      notes.push(
        '演示账号 Demo logins (首次登录须修改密码 / change the password at first login):',
        ...created,
      );
    }
  },
};
